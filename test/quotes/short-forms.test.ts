// Short forms of bodies: an acronym named before (or beside) the written-out name is the same body, and its quotes carry the full name.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {initialsOf, isShortForm, longFormOf, longFormsOf} from '../../source/analysis/quotes/short-forms.js';
import {PeopleRegistry} from '../../source/analysis/people/registry.js';

describe('what a short form is', () => {
	it('takes capitals at both ends, small letters inside allowed, and no ordinary word', () => {
		for (const word of ['CMA', 'BA', 'BVerfG', 'VfGH', 'AfD', 'G7']) expect(isShortForm(word), word).toBe(word !== 'G7');
		for (const word of ['Berlin', 'McDonald', 'DeSantis', 'A', 'iPhone', 'ABCDEFGHIJ']) expect(isShortForm(word), word).toBe(false);
		expect(initialsOf('Competition and Markets Authority')).toBe('CMA');
		expect(initialsOf('Bundesverfassungsgericht')).toBe('');
	});

	it('finds the one body that writes it out, never a person with a given name, and no one when two fit', () => {
		const registry = new PeopleRegistry();
		const airline = registry.addName('British Airways');
		const short = registry.addName('BA', {organisation: true});
		expect(longFormOf(longFormsOf(registry.entities), short)).toBe(airline);
		const people = new PeopleRegistry();
		people.addName('John Fitzgerald Kennedy');
		expect(longFormOf(longFormsOf(people.entities), people.addName('JFK', {organisation: true}))).toBeNull();
		const two = new PeopleRegistry();
		two.addName('Bayerische Akademie', {organisation: true});
		two.addName('Berliner Abendblatt', {organisation: true});
		expect(longFormOf(longFormsOf(two.entities), two.addName('BA', {organisation: true}))).toBeNull();
	});
});

describe('short forms in articles', () => {
	it('gives a headline acronym the body named in the text ("BA" before "British Airways")', () => {
		const text = "Fuel costs hit BA's results\n\nBritish Airways has reported lower profits for the winter.\nLooking ahead, BA warned that fares would fall in the spring.";
		const result = analyzeQuotes(text, {language: 'en'});
		const report = result.quotes.find((quote) => quote.text.includes('fares would fall'));
		expect(report?.speaker).toBe('British Airways (BA)');
		expect(result.people.map((person) => person.name)).not.toContain('BA');
	});

	it('reads a German short form with small letters as defined in brackets ("Bundesverfassungsgericht (BVerfG)")', () => {
		const text = 'Klage aus Gaza\n\nDamit soll sich nun das BVerfG befassen.\nDie Beschwerde soll nun das Bundesverfassungsgericht (BVerfG) prüfen.\nDas BVerfG erklärte, die Beschwerde sei eingegangen.';
		const result = analyzeQuotes(text, {language: 'de'});
		const report = result.quotes.find((quote) => quote.text.includes('Beschwerde sei eingegangen'));
		expect(report?.speaker).toBe('Bundesverfassungsgericht (BVerfG)');
	});

	it('keeps a party in brackets after a person as the person ("Hannes Berger (AfD)")', () => {
		const text = 'Debatte im Bundestag\n\nGegen die Pläne sprach sich Hannes Berger (AfD) aus. Er forderte, »die Gespräche sofort zu beginnen«.';
		const result = analyzeQuotes(text, {language: 'de'});
		expect(result.quotes.find((quote) => quote.text.includes('Gespräche sofort'))?.speaker).toBe('Hannes Berger');
		expect(result.people.map((person) => person.name)).not.toContain('Hannes Berger (AfD)');
	});
});
