// A city is a place, not an organisation of the People list, also when the article writes its short form (walk 9 #205).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

describe('a city named with its short form', () => {
	it('is not listed as an organisation ("New York City (NYC)")', () => {
		const text = 'NYC asks WHO to rename monkeypox\n\nMonkeypox in New York City: here is what you need to know. Vaccines are short in NYC this week.';
		const people = analyzeQuotes(text, {language: 'en', title: 'NYC asks WHO to rename monkeypox'}).people;
		expect(people.filter((person) => /New York|NYC/u.test(person.name))).toEqual([]);
	});

	it('still lists a body named after the city ("New York City Health Department")', () => {
		const text = 'Vaccines\n\nThe New York City Health Department said on Friday that vaccines were short.';
		const people = analyzeQuotes(text, {language: 'en'}).people;
		expect(people.find((person) => person.name.includes('Health Department'))?.kind).toBe('organisation');
	});
});
