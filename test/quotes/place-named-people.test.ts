// A person whose surname is a natural place's word keeps her quotes (sentences written for the rule; the place case is in walk-8-people-and-places.test.ts).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const quotesOf = (text: string) => analyzeQuotes(text, {language: 'en'}).quotes.map((quote) => [quote.kind, quote.speaker]);

describe('a name ending in a place word', () => {
	it('is a person when the article has her speak ("Kari Lake said", "Lake said") or titles her', () => {
		expect(quotesOf('Vote\n\nKari Lake said the election was stolen. "We will fight," Lake said.')).toEqual([['indirect', 'Kari Lake'], ['direct', 'Kari Lake']]);
		expect(quotesOf('Talks\n\nJon Forest told reporters that the talks had failed. "We tried," Mr. Forest added.')).toEqual([['indirect', 'Jon Forest'], ['direct', 'Jon Forest']]);
	});
});
