// A German "wie" clause with a plural subject and a joined separable verb ("Wie die Behörden mitteilten, …") reports its main clause, and the Konjunktiv after it goes on with that source (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {indirect, speakerOf} from './checked-quotes.js';

describe('"Wie die Behörden mitteilten, …" in the plural', () => {
	it('reports the main clause and the Konjunktiv sentences after it, by the authorities, not by the person named before', () => {
		const text = 'Hochwasser\n\nLaut Ministerpräsidentin Anna Berg würden heute bis zu 80 Liter erwartet.\n\nWie die Behörden mitteilten, kamen zwei weitere Menschen ums Leben. Ein 70 Jahre alter Mann sei in seinem Haus gestorben.';
		const reports = indirect(text, 'de');
		expect(speakerOf(reports, 'zwei weitere Menschen')).toBe('Behörden');
		expect(speakerOf(reports, 'alter Mann sei')).toBe('Behörden');
	});

	it('reads the other joined verbs in the plural too ("Wie die Ermittler bekanntgaben, …")', () => {
		const text = 'Ermittlungen\n\nWie die Ermittler bekanntgaben, wurde ein Mann festgenommen.';
		expect(speakerOf(indirect(text, 'de'), 'Mann festgenommen')).toBe('die Ermittler');
	});
});
