// English: a quantifier (many, some, several, few, most, both, all) before a plural noun is a group speaking, and the group keeps its quantifier (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const reports = (text: string) => analyzeQuotes(text, {language: 'en'}).quotes.filter((quote) => quote.kind === 'indirect');

describe('a quantified plural noun before a verb of saying is the group that speaks', () => {
	it('"Many people said …" and "Several farmers said …" give the group with its quantifier', () => {
		const found = reports('Drought\n\nThe river fell to a record low in July. Many people said they would leave the valley. Several farmers said the harvest was lost.');
		expect(found.find((quote) => quote.text.startsWith('they would leave'))?.speaker).toBe('Many people');
		expect(found.find((quote) => quote.text.startsWith('the harvest'))?.speaker).toBe('Several farmers');
	});

	it('a possessive or a name before the pair is no group ("Anna\'s many friends said" keeps no "many friends" group of its own)', () => {
		const found = reports('Party\n\nAnna Berg\'s many friends said she had left early.');
		expect(found.every((quote) => quote.speaker !== 'many friends')).toBe(true);
	});

	it('a singular noun after the quantifier is no group ("some evidence said" names nobody)', () => {
		const found = reports('Trial\n\nSome evidence said little about the motive.');
		expect(found.every((quote) => quote.speaker !== 'Some evidence')).toBe(true);
	});
});
