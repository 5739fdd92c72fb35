// Ranks written short end no sentence (fourteenth session): "Capt.", "Det.", "Lt.-Col." and German "Hptm.", "Kpt." in both languages.

import {describe, expect, it} from 'vitest';
import {sentencesOf} from '../../source/analysis/quotes/text-units.js';
import {endsWithAbbreviation} from '../../source/text/abbreviations.js';

const sentences = (text: string, language: string) => sentencesOf(text, {start: 0, end: text.length}, language).map((span) => text.slice(span.start, span.end).trim());

describe('military and police ranks written short', () => {
	it('each is an abbreviation, and a word that merely ends so is none', () => {
		for (const rank of ['Capt.', 'Cpt.', 'Cmdr.', 'Cdr.', 'Det.', 'Insp.', 'Maj.', 'Adm.', 'Cpl.', 'Pvt.', 'Brig.', 'Supt.', 'Lt.-Col.', 'Kpt.', 'Kptlt.', 'Hptm.', 'Oblt.', 'Oberstlt.']) {
			expect(endsWithAbbreviation(`said ${rank}`), rank).toBe(true);
		}
		expect(endsWithAbbreviation('a bad habit.')).toBe(false);
		expect(endsWithAbbreviation('the Adm.')).toBe(true);
		expect(endsWithAbbreviation('in Madam.')).toBe(false);
	});

	it('English: "Capt. Ann Hale", "Det. Sgt. Ray Bloom" and "Lt.-Col. Tom Reid" stay inside their sentence', () => {
		const text = 'The ship was led by Capt. Ann Hale of the navy. Det. Sgt. Ray Bloom said the case was closed. Lt.-Col. Tom Reid agreed.';
		expect(sentences(text, 'en')).toEqual(['The ship was led by Capt. Ann Hale of the navy.', 'Det. Sgt. Ray Bloom said the case was closed.', 'Lt.-Col. Tom Reid agreed.']);
	});

	it('German: "Hptm. Jens Ober" and "Kpt. Lea Sand" stay inside their sentence', () => {
		const text = 'Die Übung leitete Hptm. Jens Ober aus Koblenz. Das Schiff führte Kpt. Lea Sand sicher in den Hafen.';
		expect(sentences(text, 'de')).toEqual(['Die Übung leitete Hptm. Jens Ober aus Koblenz.', 'Das Schiff führte Kpt. Lea Sand sicher in den Hafen.']);
	});
});
