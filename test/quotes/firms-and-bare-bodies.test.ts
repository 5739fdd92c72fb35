// English attribution rules from the grammar matrix: firms named with an ampersand and the role the article gives them, bodies named without an article ("police said"), unnamed role holders with whom they speak for, "according to the company" (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {quotes, speakerIn} from './checked-quotes.js';

describe('a firm named with an ampersand, and the role the article gives it', () => {
	it('"X & Partners" is one organisation, no person "X"', () => {
		const people = analyzeQuotes('Sale\n\nThe shop called in Miller & Sons on Friday. "We will find a buyer," said Miller & Sons.', {language: 'en'}).people;
		expect(people.find((person) => person.name === 'Miller & Sons')?.kind).toBe('organisation');
		expect(people.map((person) => person.name)).not.toContain('Miller');
	});

	it('"called in administrators X & Partners … The administrator(s) said" — the firm, in the singular and the plural', () => {
		const text = 'Sale\n\nThe retailer called in administrators Glenn Hart & Partners on Friday. The administrator said the shops would stay open. The administrators said staff would be paid.';
		expect(speakerIn(text, 'en', 'shops would stay open')).toBe('Glenn Hart & Partners');
		expect(speakerIn(text, 'en', 'staff would be paid')).toBe('Glenn Hart & Partners');
	});

	it('"X & Co were appointed administrators … the administrators said" — the appointment predicate gives the role', () => {
		expect(speakerIn('Sale\n\nKemp & Co were appointed administrators of the retailer on Monday. The administrators said the shops would stay open.', 'en', 'shops would stay open')).toBe('Kemp & Co');
	});

	it('a role given to nobody stays a description', () => {
		expect(speakerIn('Sale\n\nThe retailer is in trouble. The administrators said the shops would stay open.', 'en', 'shops would stay open')).toBe('The administrators');
	});
});

describe('bodies without an article and unnamed role holders', () => {
	it('"police said", "according to police", "authorities said"', () => {
		expect(speakerIn('Fire\n\n"The fire is out," police said.', 'en', 'fire is out')).toBe('police');
		expect(speakerIn('Fire\n\nAccording to police, the fire started in the kitchen.', 'en', 'started in the kitchen')).toBe('police');
		expect(speakerIn('Fire\n\nAuthorities said the fire started in the kitchen.', 'en', 'started in the kitchen')).toBe('Authorities');
	});

	it('"a spokesperson for the ministry" keeps whom the spokesperson speaks for', () => {
		expect(speakerIn('Plans\n\n"We will look at the plans," said a spokesperson for the ministry.', 'en', 'look at the plans')).toBe('a spokesperson for the ministry');
		expect(speakerIn('Plans\n\nAccording to an official at the embassy, the plans are on hold.', 'en', 'plans are on hold')).toBe('an official at the embassy');
	});

	it('"according to the company" / "laut dem Konzern": the body the article named', () => {
		expect(speakerIn('Stores\n\nDeltacor will close twelve stores. According to the company, the plans are too expensive.', 'en', 'too expensive')).toBe('Deltacor');
		expect(speakerIn('Filialen\n\nDeltacor schließt zwölf Filialen. Laut dem Konzern seien die Pläne zu teuer.', 'de', 'zu teuer')).toBe('Deltacor');
	});

	it('a bare body noun opening a quote\'s cue is no person', () => {
		const found = quotes('Fire\n\n"The fire is out," police said.', 'en');
		expect(found.map((quote) => quote.kind)).toEqual(['direct']);
	});
});
