// The German perfect: the auxiliary holds the second place and the participle of saying closes the clause, so the subject opening the clause speaks, not a name nearer the participle (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {indirect} from './checked-quotes.js';

describe('"X hatte … gesagt, dass …" is said by X', () => {
	it('a name between the auxiliary and the participle is no subject ("… gegen den FSV Mainz … gesagt")', () => {
		const text = 'Trainer\n\nSportchef Odo Brakel hatte nach der 3:4-Niederlage gegen den FSV Mainz 05 bereits am Wochenende gesagt, dass man sich mit einem Trainer einig sei.';
		expect(indirect(text, 'de').find((quote) => quote.text.includes('einig sei'))?.speaker).toBe('Odo Brakel');
	});

	it('also with "hat … erklärt" and a person named in a prepositional phrase before the participle', () => {
		const text = 'Haushalt\n\nDie Ministerin Petra Wolkenstein hat im Gespräch mit Klaus Meier erklärt, dass der Haushalt ausgeglichen sei.';
		expect(indirect(text, 'de').find((quote) => quote.text.includes('ausgeglichen sei'))?.speaker).toBe('Petra Wolkenstein');
	});
});
