// Ninth-session rules of the people list: things named by a model number or a thing's noun, a known body's products, bare capitals, ordinals, English titles in German texts.

import {describe, expect, it} from 'vitest';
import {type ArticleEvidence, leftOutBecause, type MentionAt} from '../../source/analysis/people/list-evidence.js';
import {nameKind, splitTrailingBody} from '../../source/analysis/people/name-kind.js';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';
import type {Article} from '../../source/model/article.js';
import {fixtureArticles} from '../stories/feed-files.js';

/** Evidence of a one-line text with no Title Case lines and no confirmed capitals: only the words after a mention decide. */
function evidenceOf(text: string): ArticleEvidence {
	return {text, units: [{start: 0, end: text.length, paragraph: 0}], titleCaseUnits: new Set(), confirmed: new Set()};
}

function mentionsOf(text: string, written: string): MentionAt[] {
	const found: MentionAt[] = [];
	for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) found.push({position: at, unit: 0});
	return found;
}

function why(text: string, name: string, written = name): ReturnType<typeof leftOutBecause> {
	return leftOutBecause([name], mentionsOf(text, written), evidenceOf(text), 'en');
}

describe('a name followed by a model number or a thing\'s noun names the thing', () => {
	it('a model number after the name: "Meta Quest 2\'s price hike", "Pixel 7 and"', () => {
		expect(why("Meta Quest 2's price hike leaves analysts worried", 'Meta Quest')).toBe('thing');
		expect(why('Daily Deals: Xbox Series X, Meta Quest 2, and more', 'Meta Quest')).toBe('thing');
	});

	it('a count, a score or a decimal after a name is no model number', () => {
		expect(why('Starling Marte 2-run single wins it for the Mets', 'Starling Marte')).toBeNull();
		expect(why('Donovan Mitchell 3,000 fans cheered at the stadium', 'Donovan Mitchell')).toBeNull();
		expect(why('Jaylen Brown 2.5 million deal was signed', 'Jaylen Brown')).toBeNull();
	});

	it('a thing\'s noun after the name, in any case, also after a given name: "James Webb space telescope"', () => {
		expect(why('Now all Google Nest cameras can stream video', 'Google Nest')).toBe('thing');
		expect(why('James Webb space telescope: why NASA is pressured to rename it', 'James Webb')).toBe('thing');
		expect(why('The James Webb Space Telescope hunts black holes', 'James Webb')).toBe('thing');
	});

	it('half the mentions or more decide; a person mostly written as one stays', () => {
		const telescope = 'James Webb space telescope finds galaxies. Webb images astonish.';
		expect(leftOutBecause(['James Webb'], [{position: 0, unit: 0}, {position: telescope.indexOf('Webb images'), unit: 0}], evidenceOf(telescope), 'en')).toBe('thing');
		const person = 'Tony Hawk said he skated again. Tony Hawk games sold well. Tony Hawk smiled.';
		expect(why(person, 'Tony Hawk')).toBeNull();
	});

	it('a person\'s name followed by a verb or a comma is never taken for a thing', () => {
		expect(why('Kevin Durant requested a trade, sources say', 'Kevin Durant')).toBeNull();
		expect(why('Brittney Griner, Paul Whelan could be freed', 'Brittney Griner')).toBeNull();
	});
});

describe('what a name names, by its words (ninth session)', () => {
	it('a bare capital after the first word is no part of a name without a given name: "Monkeypox U S", "Vitamin D"', () => {
		expect(nameKind('Monkeypox U S', 'en')).toBe('none');
		expect(nameKind('Supplemental Vitamin D', 'en')).toBe('none');
		expect(nameKind('News E', 'en')).toBe('none');
		// A given name before the capital: a person with an initial.
		expect(nameKind('George W Bush', 'en')).toBe('person');
		// A first bare capital is an article ("O Gabinete …" in Portuguese): the rule leaves it to the others.
		expect(nameKind('O Gabinete Antifraude Europeu', 'pt')).not.toBe('none');
	});

	it('an ordinal ends an event\'s name, not a person\'s: "Highland Park Fourth" (of July)', () => {
		expect(nameKind('Highland Park Fourth', 'en')).toBe('none');
		expect(nameKind('Robert Crimo', 'en')).toBe('person');
	});

	it('en: a known company\'s name before more words is its product or section; a role or a body noun after it is not', () => {
		expect(nameKind('Google Nest', 'en')).toBe('none');
		expect(nameKind('Meta Quest', 'en')).toBe('none');
		expect(nameKind('Google Pixel', 'en')).toBe('none');
		expect(nameKind('Google', 'en')).toBe('organisation');
		// "Fed Chair Powell": a person of the body; bodies listed together speak as one.
		expect(nameKind('Fed Chair Powell', 'en')).not.toBe('none');
		expect(nameKind('NDR, WDR und SZ', 'de')).toBe('organisation');
		// A short form's station or unit, and a German company's part, stay bodies.
		expect(nameKind('CBS Chicago', 'en')).toBe('organisation');
		expect(nameKind('Siemens Energy', 'de')).not.toBe('none');
	});

	it('de: English role titles in a German text are a role, not a name ("Executive Director und Expertin …")', () => {
		expect(nameKind('Executive Director', 'de')).toBe('none');
		expect(nameKind('Christiane Neumüller', 'de')).toBe('person');
	});
});

describe('on the real Google News feed', () => {
	async function people(title: string): Promise<string[]> {
		const articles: Article[] = await fixtureArticles('googlenews-top-2022-07-28.rss');
		const article = articles.find((candidate) => candidate.title.startsWith(title));
		if (!article) throw new Error(`no item "${title}"`);
		return quoteAnalysisOf(article).people.map((person) => person.name);
	}

	it('products, telescopes and headline fragments are not listed; the persons of the same items are', async () => {
		expect(await people('Reaction: Meta Quest 2')).not.toContain('Meta Quest');
		expect(await people('Four revelations from the Webb telescope')).not.toContain('James Webb');
		expect(await people('U.S. to Distribute 800,000 Doses')).not.toContain('Monkeypox U S');
		expect(await people('Supplemental Vitamin D')).not.toContain('Supplemental Vitamin D');
		expect(await people('Highland Park shooting suspect')).toEqual(expect.arrayContaining(['Robert Crimo']));
		expect(await people('Highland Park shooting suspect')).not.toContain('Highland Park Fourth');
		expect(await people('Nets and Celtics rumors')).toEqual(expect.arrayContaining(['Kevin Durant', 'Jaylen Brown', 'Kyrie Irving', 'Marcus Smart']));
		expect(await people('CNN Exclusive: Biden administration')).toEqual(expect.arrayContaining(['Brittney Griner', 'Paul Whelan']));
	});
});

describe('a person\'s name run into the company after it', () => {
	it('is the person without the company, when a known body ends it and a given name opens it or the article names the person alone', () => {
		expect(splitTrailingBody('Tim Cook Apple')).toBe('Tim Cook');
		// "Ola" is no given name the list knows: the article must name the person alone.
		expect(splitTrailingBody('Ola Källenius Daimler')).toBeNull();
		expect(splitTrailingBody('Ola Källenius Daimler', (rest) => rest === 'Ola Källenius')).toBe('Ola Källenius');
		// Two words are a given name and a surname, whatever the surname ("Patrick Siemens"); no given name, no split.
		expect(splitTrailingBody('Patrick Siemens')).toBeNull();
		expect(splitTrailingBody('Konzernchef Källenius Daimler')).toBeNull();
		expect(splitTrailingBody('Ola Källenius')).toBeNull();
	});

	it('de: the tagesschau headline "Wie Ola Källenius Daimler umbaut" lists Ola Källenius once', () => {
		const text = 'Wie Ola Källenius Daimler umbaut\n\nSeit seinem Amtsantritt im Mai 2019 hat Ola Källenius den Daimler-Konzern völlig umgekrempelt.';
		const people = analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name);
		expect(people).not.toContain('Ola Källenius Daimler');
		expect(people.filter((name) => name === 'Ola Källenius')).toHaveLength(1);
	});
});
