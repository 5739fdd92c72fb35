// One article over two roles and a name after the second ("der bisherige Amtsinhaber und designierte Landesparteichef X") is one person, who speaks (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('two roles under one article before a name', () => {
	it('German: the report before the cue and the Konjunktiv after it are the named holder\'s, not the person named before', () => {
		const text = 'Partei\n\nKarl Brenner soll Generalsekretär werden. Er werde Brenner für das Amt vorschlagen, kündigte der bisherige Amtsinhaber und designierte Landeschef Odo Wessel an. Da er selbst für den Vorsitz kandidiere, werde das Amt frei.';
		expect(speakerIn(text, 'de', 'Er werde Brenner')).toBe('Odo Wessel');
		expect(speakerIn(text, 'de', 'Da er selbst')).toBe('Odo Wessel');
	});

	it('English: "said the outgoing secretary and party leader X"', () => {
		const text = 'Party\n\nJohn Miller will be nominated. He would propose Miller for the post, said the outgoing secretary and party leader Dan Wessel. "It is time," he said.';
		expect(speakerIn(text, 'en', 'would propose Miller')).toBe('Dan Wessel');
		expect(speakerIn(text, 'en', 'It is time')).toBe('Dan Wessel');
	});

	it('two articles or two names stay two speakers ("der Minister und die Parteichefin X" is no single holder)', () => {
		const text = 'Partei\n\nKarl Brenner soll Generalsekretär werden. Man werde ihn vorschlagen, sagten der Minister und die Parteichefin Lea Wessel.';
		expect(speakerIn(text, 'de', 'Man werde ihn')).not.toBe('Lea Wessel');
	});
});
