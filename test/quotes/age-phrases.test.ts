// An age phrase before a name is an adjective, not the speaker, and an article with only a number or function word after it names no one (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {quotes, speakerIn} from './checked-quotes.js';

describe('an age phrase before a name', () => {
	it('"teilte der 49 Jahre alte Brenner mit" is said by Brenner, and so is the Konjunktiv after it', () => {
		const text = 'Rücktritt\n\nKarl Brenner legt sein Mandat nieder. „Ich gehe mit einem lachenden Auge“, teilte der 49 Jahre alte Brenner mit. Er danke den Wählern für die Treue.';
		expect(speakerIn(text, 'de', 'lachenden Auge')).toBe('Karl Brenner');
		expect(speakerIn(text, 'de', 'danke den Wählern')).toBe('Karl Brenner');
	});

	it('"sagte die drei Monate alte …" and "die 35-jährige X": the name after the age speaks', () => {
		expect(speakerIn('Wahl\n\n„Wir haben gewonnen“, sagte die 35 Jahre alte Petra Wolkenstein.', 'de', 'gewonnen')).toBe('Petra Wolkenstein');
		expect(speakerIn('Wahl\n\n„Wir haben gewonnen“, sagte die 35-jährige Petra Wolkenstein.', 'de', 'gewonnen')).toBe('Petra Wolkenstein');
	});

	it('"der 49-Jährige" means the man named before', () => {
		const text = 'Rücktritt\n\nKarl Brenner legt sein Mandat nieder. „Es war eine Ehre“, sagte der 49-Jährige.';
		expect(speakerIn(text, 'de', 'eine Ehre')).toBe('Karl Brenner');
	});

	it('English "the 49-year-old X" and "X, 49, said"', () => {
		expect(speakerIn('Resignation\n\n"I am leaving," said the 49-year-old Karl Brenner.', 'en', 'I am leaving')).toBe('Karl Brenner');
		expect(speakerIn('Resignation\n\nKarl Brenner, 49, said he would stay in the party.', 'en', 'would stay')).toBe('Karl Brenner');
	});

	it('a count before the noun belongs to the phrase: "die 16 beteiligten Banken" keeps its report', () => {
		const text = 'Bezahlen\n\nDie Zahlung erfolgt in Echtzeit. Das sei sicher, unterstreichen die 16 beteiligten Banken.';
		const speaker = speakerIn(text, 'de', 'Das sei sicher');
		expect(speaker).toBeDefined();
		expect(speaker).not.toMatch(/^die 16$/u);
	});
});

describe('no speaker is only an article, a number or a function word', () => {
	const texts: Array<[string, 'de' | 'en']> = [
		['Rücktritt\n\n„Ich gehe“, teilte der 49 Jahre alte Brenner mit. „Es war schön“, sagte der 52.', 'de'],
		['Steuer\n\nLaut dem 49 Jahre alten Minister sei die Steuer zu hoch. Nach Angaben der 16 sei das System sicher.', 'de'],
		['Tax\n\nAccording to an August 2025 slideshow, the tax is too high. "It is high," said the 49.', 'en'],
	];
	for (const [text, language] of texts) {
		it(`in "${text.slice(0, 40).replace(/\n/gu, ' ')}…"`, () => {
			for (const quote of quotes(text, language)) {
				const words = (quote.speaker ?? '').split(/\s+/u).filter((word) => word !== '');
				expect(words.length === 0 || words.some((word) => /\p{L}{3,}/u.test(word) && !/^(?:der|die|das|dem|den|des|the|an?|of)$/iu.test(word))).toBe(true);
			}
		});
	}
});
