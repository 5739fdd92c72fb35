// He/she after sentences its own pronoun opens goes on about whom that pronoun means ("He won … with AC Rovers. He is now … 'I am happy,' he said."), and an English name written after "the" is never he/she ("at the Nou Stadium") (sentences written for the rules).

import {describe, expect, it} from 'vitest';
import {quotes, speakerOf} from './checked-quotes.js';

describe('a sentence its own he/she opens goes on about whom the pronoun means', () => {
	it('gives "he said" after "He won … with AC Rovers. He is now …" to the player, not the club', () => {
		const text = 'Okafor stays\n\nMarcel Okafor insists there is no chance of defeat.\n\nHe won the cup in 1994 with AC Rovers. He is now playing in Qatar.\n\n"I am happy here," he said.';
		expect(speakerOf(quotes(text, 'en'), 'happy here')).toBe('Marcel Okafor');
	});

	it('reads the pronoun after an opening connective ("So he is …") the same way', () => {
		const text = 'Okafor stays\n\nMarcel Okafor insists there is no chance of defeat.\n\nHe is now playing in Qatar with AC Rovers. So he is full of praise for the club of his youth. "I am happy here," he said.';
		expect(speakerOf(quotes(text, 'en'), 'happy here')).toBe('Marcel Okafor');
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
