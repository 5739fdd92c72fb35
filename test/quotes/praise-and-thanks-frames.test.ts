// Praising someone "als „…“" (and in English thanking someone for "…") frames the quoted words as the judgement of whoever praises or thanks: a partial quote of that person (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const partials = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes.filter((quote) => quote.kind === 'partial');

describe('a fragment after a verb of praising or thanking is a partial quote of its subject', () => {
	it('German: "würdigte … als „…“" and "rühmte … als „…“"', () => {
		const text = 'Wechsel\n\nDie Vorsitzende Petra Lang würdigte den neuen Direktor in einer Mitteilung als „äußerst erfahren“.\nThomas Berger rühmte den Neubau bei der Eröffnung als „großen Wurf“.';
		const found = partials(text, 'de');
		expect(found.find((quote) => quote.text === 'äußerst erfahren')?.speaker).toBe('Petra Lang');
		expect(found.find((quote) => quote.text === 'großen Wurf')?.speaker).toBe('Thomas Berger');
	});

	it('English: "thanked … for "…""', () => {
		const found = partials('Plan\n\nMayor Jane Holt thanked the council for "a fair hearing".', 'en');
		expect(found.find((quote) => quote.text === 'a fair hearing')?.speaker).toBe('Jane Holt');
	});

	it('thanking in German frames nothing ("dankte für das Buch „Die Wende“": "dankte", "bedankte sich" are no framing verbs)', () => {
		const found = partials('Buch\n\nPetra Lang dankte dem Verlag für das Buch „Die Wende“.', 'de');
		expect(found).toEqual([]);
	});
});
