// An unnamed spokesperson introduced with the body ("ein Sprecher der Hansestadt") and taken up by a bare definite role ("so der Sprecher") is one speaker under its first description (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {indirect} from './checked-quotes.js';

describe('"ein Sprecher der X … so der Sprecher"', () => {
	it('gives the later report the first description', () => {
		const text = 'Wahl\n\nDas Wahllokal sei am Morgen verschlossen gewesen, teilte ein Sprecher der Hansestadt mit. Zuvor hatte die Zeitung berichtet. Das Provisorium habe nur eine halbe Stunde gedauert, so der Sprecher.';
		const reports = indirect(text, 'de');
		const first = reports.find((quote) => quote.text.includes('verschlossen'))?.speaker;
		expect(first).toBe('ein Sprecher der Hansestadt');
		expect(reports.find((quote) => quote.text.includes('Provisorium'))?.speaker).toBe(first);
	});

	it('keeps a second indefinite spokesperson apart ("ein Sprecher der Polizei" after "ein Sprecher der Stadt")', () => {
		const text = 'Wahl\n\nDas Wahllokal sei verschlossen gewesen, teilte ein Sprecher der Stadt mit. Zuvor hatte die Zeitung berichtet. Niemand sei verletzt worden, sagte ein Sprecher der Polizei.';
		expect(indirect(text, 'de').find((quote) => quote.text.includes('verletzt'))?.speaker).toBe('ein Sprecher der Polizei');
	});
});
