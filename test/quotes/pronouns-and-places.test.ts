// He/she after a sentence its own pronoun opens is the nearer man it introduces ("He was replaced by Paul Brand … he said"), and an English name written after "the" is never he/she ("at the Nou Stadium") (sentences written for the rules).

import {describe, expect, it} from 'vitest';
import {quotes, speakerOf} from './checked-quotes.js';

describe('he/she after a sentence its own pronoun opens is not that pronoun\'s man by default', () => {
	// A rule that gave "he said" to whom an opening "He" meant (c04c738, read from one article of set 27) took the
	// successor's words for the sacked man's (review V17 #1): the man the sentence introduces is the nearer candidate.
	it('gives "he said" after "He was replaced by Paul Brand, the youth coach." to Paul Brand', () => {
		const text = 'New coach\n\nMarcel Okafor was sacked on Monday after six defeats.\n\nHe was replaced by Paul Brand, the youth coach. "I am honoured to lead this club," he said.';
		expect(speakerOf(quotes(text, 'en'), 'honoured to lead')).toBe('Paul Brand');
	});

	it('reads "Er wird durch Paul Brand ersetzt … sagte er" the same way', () => {
		const text = 'Neuer Trainer\n\nMarcel Okafor wurde am Montag nach sechs Niederlagen entlassen.\n\nEr wird durch Paul Brand ersetzt, den Jugendtrainer. „Ich bin stolz, diesen Verein zu führen“, sagte er.';
		expect(speakerOf(quotes(text, 'de'), 'stolz, diesen Verein')).toBe('Paul Brand');
	});

	it('still gives "he said" to a man named after the pronoun\'s sentence', () => {
		const text = 'Talks\n\nMarcel Okafor met the minister on Monday. He then flew home.\n\nPaul Brand, the union leader, joined later. "We are close," he said.';
		expect(speakerOf(quotes(text, 'en'), 'We are close')).toBe('Paul Brand');
	});
});

describe('an English name written after "the" is never whom he/she means', () => {
	it('gives "he told" after "at the Nou Stadium" to the player', () => {
		const text = 'Okafor backs Rovers\n\nMarcel Okafor insists there is no chance of defeat.\n\nThe French star was part of the side crushed 5-1 at the Nou Stadium in 2000. "Things will be different," he told the BBC.';
		expect(speakerOf(quotes(text, 'en'), 'Things will be different')).toBe('Marcel Okafor');
	});
});
