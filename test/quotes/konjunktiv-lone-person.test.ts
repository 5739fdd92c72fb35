// A Konjunktiv sentence with no cue and nobody speaking before continues the one person the sentence before names.

import {describe, expect, it} from 'vitest';
import {quotes} from './checked-quotes.js';

describe('Konjunktiv after a sentence naming one person', () => {
	it('de: "zog Pressesprecher X ein Fazit. Man sei zufrieden." is X, though X does not open that sentence', () => {
		const text = 'Marathon\n\nZum Marathon-Ende zog Pressesprecher Reinald Achilles im Gespräch ein erstes Fazit. Man sei zufrieden mit dem Lauf.';
		const found = quotes(text, 'de').find((quote) => quote.text.includes('zufrieden'));
		expect(found?.kind).toBe('indirect');
		expect(found?.speaker).toBe('Reinald Achilles');
	});

	it('de: with two people named before, neither is picked', () => {
		const text = 'Marathon\n\nAm Ende trafen sich Reinald Achilles und Anna Berg zum Gespräch. Man sei zufrieden mit dem Lauf.';
		const found = quotes(text, 'de').find((quote) => quote.text.includes('zufrieden'));
		expect(found?.speaker ?? '').toBe('');
	});

	it('de: a new paragraph breaks the link', () => {
		const text = 'Marathon\n\nZum Marathon-Ende zog Pressesprecher Reinald Achilles ein erstes Fazit.\n\nMan sei zufrieden mit dem Lauf.';
		const found = quotes(text, 'de').find((quote) => quote.text.includes('zufrieden'));
		expect(found?.speaker ?? '').not.toBe('Reinald Achilles');
	});

	it('en: an indicative sentence after one named person is no reported speech of theirs', () => {
		const text = 'Marathon\n\nAt the finish, press officer Reinald Achilles drew a first conclusion. The organisers were happy with the race.';
		expect(quotes(text, 'en').some((quote) => quote.text.includes('happy with the race'))).toBe(false);
	});
});
