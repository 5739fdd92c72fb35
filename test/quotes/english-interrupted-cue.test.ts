// English sets a cue between commas inside the sentence it reports, after a whole main clause too: the sentence is the report (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {indirect} from './checked-quotes.js';

describe('"Main clause, she said, continuation." is reported whole', () => {
	it('reports the sentence around ", she said," for the person the pronoun means', () => {
		const text = 'Council\n\nMayor Jane Holt spoke on Monday. The plan was too costly, she said, but the council would still vote on it.';
		const report = indirect(text, 'en').find((quote) => quote.text.startsWith('The plan'));
		expect(report?.text).toBe('The plan was too costly, she said, but the council would still vote on it');
		expect(report?.speaker).toBe('Jane Holt');
	});

	it('does the same with a name as the subject (", Tom Holt said,")', () => {
		const text = 'Council\n\nThe budget is not enough, Tom Holt said, but the council will find the money somewhere.';
		const report = indirect(text, 'en').find((quote) => quote.text.startsWith('The budget'));
		expect(report?.text).toContain('the council will find the money');
		expect(report?.speaker).toBe('Tom Holt');
	});

	it('leaves a participle after the cue alone (", he said, adding …" reports differently)', () => {
		const text = 'Council\n\nThe budget is not enough, Tom Holt said, adding that costs keep rising.';
		expect(indirect(text, 'en').some((quote) => quote.text.startsWith('The budget is not enough, Tom Holt said, adding'))).toBe(false);
	});

	it('reports a sentence whose cue interrupts a clause with no verb yet ("…, and now, he says, we are …")', () => {
		const text = 'Jobs\n\nEconomist Tom Holt looked at the figures. The spring was weak, and now, he says, we are back to normal.';
		const report = indirect(text, 'en').find((quote) => quote.text.startsWith('The spring'));
		expect(report?.text).toBe('The spring was weak, and now, he says, we are back to normal');
		expect(report?.speaker).toBe('Tom Holt');
	});

	it('keeps apart a new clause of its own after the cue ("The port is full, Ann Smith said, ships wait")', () => {
		const text = 'Port\n\nThe port is full, Ann Smith said, ships wait outside.';
		expect(indirect(text, 'en').some((quote) => quote.text.startsWith('The port is full, Ann Smith said, ships'))).toBe(false);
	});
});
