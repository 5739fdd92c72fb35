// A clipped short form ("Fed", "Met") is the one name of capitalised words the article writes with that opening ("Federal Reserve", "Metropolitan Police"); made-up sentences written from the rule.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {speakerIn} from './checked-quotes.js';

describe('a clipped short form takes the name it clips', () => {
	it('German: "die Federal Reserve … erklärte die Fed" → Federal Reserve (Fed)', () => {
		const text = 'Aufsicht\n\nDie Federal Reserve hat Versäumnisse eingeräumt. Die Aufsicht sei zu langsam gewesen, erklärte die Fed.';
		expect(speakerIn(text, 'de', 'zu langsam gewesen')).toBe('Federal Reserve (Fed)');
		expect(analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name)).toEqual(['Federal Reserve (Fed)']);
	});

	it('English: "the Metropolitan Police … the Met said"', () => {
		const text = 'Arrest\n\nThe Metropolitan Police arrested two men on Friday. Both were released on bail, the Met said.';
		expect(speakerIn(text, 'en', 'released on bail')).toBe('Metropolitan Police (Met)');
	});

	it('no clipped form where two names open with it, or where the long word is a German compound in a name with small words', () => {
		const two = 'Banken\n\nDie Federal Reserve und die Federal Deposit Insurance stritten. Die Regeln seien zu lax, erklärte die Fed.';
		expect(speakerIn(two, 'de', 'Regeln seien zu lax')).toBe('Fed');
		const bund = 'Kosten\n\nDas Bundesamt für Statistik meldete Zahlen. Die Kosten seien hoch, erklärte der Bund.';
		expect(speakerIn(bund, 'de', 'Kosten seien hoch')).toBe('Bund');
	});
});
