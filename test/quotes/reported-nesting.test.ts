// Reports inside reports and reports that are none: a denied verb of saying, a relative "which he said was",
// a later "that" inside a clause, a report nested in a time clause, "that" after ", and".

import {describe, expect, it} from 'vitest';
import type {Quote} from '../../source/model/quote.js';
import {indirect} from './checked-quotes.js';

const pairs = (quotes: Quote[]) => quotes.map((quote) => [quote.text, quote.speaker]);

describe('a denied act of saying', () => {
	it('reports nothing (English "has not indicated", "hasn\'t yet said whether")', () => {
		expect(indirect('Oil\n\nThe administration of John Hart has not indicated it will remove the sanctions.', 'en')).toEqual([]);
		expect(indirect('Oil\n\nGovernor John Hart hasn’t yet said whether he will sign the bill.', 'en')).toEqual([]);
	});

	it('reports nothing (German "sagte nicht, ob")', () => {
		expect(indirect('Öl\n\nGouverneur John Hart sagte nicht, ob er das Gesetz unterschreiben werde.', 'de')).toEqual([]);
	});

	it('while the plain verb still reports', () => {
		expect(indirect('Oil\n\nGovernor John Hart has indicated he will remove the sanctions.', 'en').map((quote) => quote.text)).toEqual(['he will remove the sanctions']);
	});
});

describe('a verb right after "which he said"', () => {
	it('has its subject before the cue: no report of its own', () => {
		expect(indirect('Budget\n\nJohn Hart praised the stability, which he said was the cornerstone of the programme.', 'en')).toEqual([]);
	});

	it('a clause after "which he said" with its own subject is still reported', () => {
		expect(indirect('Budget\n\nJohn Hart praised the plan, which he said the party would keep.', 'en').map((quote) => quote.text)).toEqual(['the party would keep']);
	});
});

describe('where the clause after "said" starts', () => {
	it('at a subject pronoun right after the verb, not at a later "that"', () => {
		const en = indirect('Health\n\nJohn Hart said it was a start in an effort that he made one of his priorities.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['it was a start in an effort that he made one of his priorities']);
	});

	it('nowhere when "that" follows ", and" (English)', () => {
		expect(indirect('Tennis\n\nJane Hart told Sky Sports afterwards, and that proved to be the case for the whole team.', 'en')).toEqual([]);
	});

	it('German "dass" after "und" stays part of a report', () => {
		const de = indirect('Tennis\n\nJane Hart sagte, sie sei müde und dass das Team gut gespielt habe.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['sie sei müde und dass das Team gut gespielt habe']);
	});
});

describe('a report nested in a time or reason clause', () => {
	it('ends the outer report and goes to its own subject (English)', () => {
		const en = indirect('Party\n\nLiam Hart said the party had repaid the loan to the bank after Lord Ashcroft said the party could not win the election.', 'en');
		expect(pairs(en)).toEqual([['the party had repaid the loan to the bank', 'Liam Hart'], ['the party could not win the election', expect.stringContaining('Ashcroft')]]);
	});

	it('without a verb of saying in it stays inside the report', () => {
		const en = indirect('Party\n\nLiam Hart said the party had repaid the loan after the election was lost.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['the party had repaid the loan after the election was lost']);
	});
});
