// A capitalised role word inside a body's name ("General Workers Union") is no role before a person: the body stays a body and its officer speaks (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

describe('a role word opening a name that ends in an institution noun', () => {
	it('English: "General Workers Union leader Karen Pell" — the union is no person, and "she" after it is Karen Pell', () => {
		const text = 'Strike\n\nTransport and General Workers Union leader Karen Pell met the owners on Friday. She said the strike would go on. "We will not give in," she said.';
		const {quotes, people} = analyzeQuotes(text, {language: 'en'});
		expect(quotes.find((quote) => quote.kind === 'indirect')?.speaker).toBe('Karen Pell');
		expect(quotes.find((quote) => quote.kind === 'direct')?.speaker).toBe('Karen Pell');
		expect(people.some((person) => person.name === 'Workers Union' || person.name === 'General Workers Union')).toBe(false);
	});

	it('English: a role before a person\'s name stays a role ("General Ada Brisk")', () => {
		const text = 'Army\n\n"We are ready," said General Ada Brisk.';
		const quote = analyzeQuotes(text, {language: 'en'}).quotes.find((each) => each.kind === 'direct');
		expect(quote?.speaker).toBe('Ada Brisk');
		expect(quote?.role).toContain('General');
	});
});
