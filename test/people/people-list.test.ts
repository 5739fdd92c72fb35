// The people list on real feed items: an aggregator's credits, Title Case headlines, things and noun phrases are no people; real persons stay.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {nameKind} from '../../source/analysis/people/name-kind.js';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';
import type {Article} from '../../source/model/article.js';
import {fixtureArticles, repoRoot} from '../stories/feed-files.js';

function namesOf(article: Article): string[] {
	return quoteAnalysisOf(article).people.map((person) => person.name);
}

async function googleNews(): Promise<Article[]> {
	return fixtureArticles('googlenews-top-2022-07-28.rss');
}

function item(articles: readonly Article[], title: string): Article {
	const found = articles.find((article) => article.title.startsWith(title));
	if (!found) throw new Error(`no item "${title}"`);
	return found;
}

describe('an aggregator item (Google News: headlines, each followed by its outlet)', () => {
	it('lists no outlet it credits, in any item of the real feed', async () => {
		const articles = await googleNews();
		let credited = 0;
		for (const article of articles) {
			const people = namesOf(article);
			// "<headline> - CNN": the item's own credit.
			const credit = /\s-\s([^-]+)$/u.exec(article.title)?.[1]?.trim();
			if (!credit) continue;
			credited++;
			expect(people, article.title).not.toContain(credit);
		}
		expect(credited).toBeGreaterThan(20);
	});

	it('leaves out headline ends run into the outlet ("Build Back Better Fox", "TV Engadget") and keeps the people', async () => {
		const articles = await googleNews();
		const manchin = namesOf(item(articles, 'In a major boost to Democrats'));
		expect(manchin).not.toContain('Build Back Better Fox');
		expect(manchin).not.toContain('CBS News');
		expect(namesOf(item(articles, 'Now all Google Nest cameras'))).not.toContain('TV Engadget');
		const griner = namesOf(item(articles, 'CNN Exclusive: Biden administration'));
		expect(griner).toEqual(expect.arrayContaining(['Brittney Griner', 'Paul Whelan']));
	});

	it('"detained Americans Griner and Whelan": the nationality is no part of the name; a Title Case headline\'s run is no body', async () => {
		const people = namesOf(item(await googleNews(), 'Ukraine warns Kremlin'));
		expect(people).not.toContain('Americans Griner');
		expect(people).toContain('Griner');
		expect(people).not.toContain('Forces For Supplies');
		// The body that speaks in the item stays.
		expect(people).toContain('Ukrainian Armed Forces');
	});

	it('"Taiwan Fox News" at a line\'s end is "Taiwan" where the text goes on', async () => {
		const people = namesOf(item(await googleNews(), "Biden's call with Xi Jinping"));
		expect(people).not.toContain('Taiwan Fox News');
		expect(people).toEqual(expect.arrayContaining(['Xi Jinping', 'Pelosi', 'Taiwan']));
	});

	it('"Speaker Pelosi": an office written as a title before a surname alone is her role, not her name', async () => {
		const pelosi = quoteAnalysisOf(item(await googleNews(), "Biden's call with Xi Jinping")).people.find((person) => person.name === 'Pelosi');
		expect(pelosi?.role).toBe('Speaker');
		expect(pelosi?.aliases).toContain('Speaker Pelosi');
	});
});

describe('names the article writes as no one\'s', () => {
	it('de: the end of a longer body\'s name ("Center for Financial Studies") is no person; the people quoted stay', () => {
		const file = path.join(repoRoot, '..', 'shared', 'eval', 'quotes-dev', 'de_Stern_V1.txt');
		const people = analyzeQuotes(readFileSync(file, 'utf8'), {language: 'de'}).people.map((person) => person.name);
		expect(people).not.toContain('Financial Studies');
		expect(people).toEqual(expect.arrayContaining(['Volker Brühl', 'Christiane Neumüller']));
	});

	it('de: a noun after an article or a quantifying adjective is no name ("neue Modelle", "der Hubschrauberpiloten")', () => {
		const text = 'Umbau bei Daimler\n\nDer Konzern hat Tausende Arbeitsplätze gestrichen und neue Modelle angekündigt. Konzernchef Ola Källenius sagte, der Umbau gehe weiter.';
		const people = analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name);
		expect(people).not.toContain('Modelle');
		expect(people).toContain('Ola Källenius');
	});

	it('en: a name only ever written after "the" is no person ("the Federal Reserve" is a body), and a Title Case headline\'s capitals name no one', () => {
		const text = 'Supplemental Vitamin D And Incident Fractures In Older Adults\n\nProtesters stormed the Green Zone on Saturday. Moqtada al-Sadr told supporters to go home, an aide said. Rates were raised by the Federal Reserve.';
		const found = analyzeQuotes(text, {language: 'en'}).people;
		const asPerson = found.filter((person) => person.kind !== 'organisation').map((person) => person.name);
		expect(asPerson).not.toContain('Green Zone');
		expect(asPerson).not.toContain('Supplemental Vitamin D');
		expect(asPerson).not.toContain('Incident Fractures');
		expect(found.find((person) => person.name === 'Federal Reserve')?.kind).toBe('organisation');
	});
});

describe('what a name names, by its words', () => {
	it('laws, events, works and products name no one; a person with such a surname stays one', () => {
		expect(nameKind('CHIPS Act', 'en')).toBe('none');
		expect(nameKind('Subway Series', 'en')).toBe('none');
		expect(nameKind('James Webb Space Telescope', 'en')).toBe('none');
		expect(nameKind('Pixel Tablet', 'en')).toBe('none');
		expect(nameKind('Microsoft Account', 'de')).toBe('none');
		expect(nameKind('Lieferkettengesetz', 'de')).toBe('none');
		expect(nameKind('Jude Law', 'en')).toBe('person');
		expect(nameKind('Doris Day', 'en')).toBe('person');
		expect(nameKind('Linda Song', 'en')).toBe('person');
		expect(nameKind('Human Rights Watch', 'en')).toBe('organisation');
	});

	it('descriptions are no names: a nationality word last, role words only; a time before a name is left aside', () => {
		expect(nameKind('Russia-backed Syrian', 'en')).toBe('none');
		expect(nameKind('Eastern European', 'en')).toBe('none');
		expect(nameKind('Executive Director', 'en')).toBe('none');
		expect(nameKind('Former Miami Heat', 'en')).toBe('organisation');
		expect(nameKind('Brian Welsh', 'en')).toBe('person');
	});

	it('de: a body\'s or a trade\'s noun before a name names the body ("Online-Zeitung Ukrajinska Prawda", "Flugzeugbauer Airbus")', () => {
		expect(nameKind('Online-Zeitung Ukrajinska Prawda', 'de')).toBe('organisation');
		expect(nameKind('Flugzeugbauer Airbus', 'de')).toBe('organisation');
		expect(nameKind('Universität Frankfurt', 'de')).toBe('organisation');
		expect(nameKind('Anne Spiegel', 'de')).toBe('person');
	});

	it('teams named after their place are bodies; people named like a place stay people', () => {
		expect(nameKind('Boston Celtics', 'en')).toBe('organisation');
		expect(nameKind('New York Yankees', 'en')).toBe('organisation');
		expect(nameKind('Miami Heat', 'en')).toBe('organisation');
		expect(nameKind('Manchester United', 'en')).toBe('organisation');
		expect(nameKind('Sydney Sweeney', 'en')).toBe('person');
		expect(nameKind('Jordan Peterson', 'en')).toBe('person');
	});

	it('headings in capitals and contractions are no names; short forms stay bodies', () => {
		expect(nameKind('OX EYE DAISY', 'en')).toBe('none');
		expect(nameKind('RESPONDS', 'en')).toBe('none');
		expect(nameKind('We’ve', 'en')).toBe('none');
		expect(nameKind('FBI', 'en')).toBe('organisation');
		expect(nameKind('USA TODAY', 'en')).toBe('organisation');
	});

	it('de: an adjective or a state before a noun opens a noun phrase; bodies so named stay bodies', () => {
		expect(nameKind('Deutscher Handel', 'de')).toBe('none');
		expect(nameKind('Europas Banken', 'de')).toBe('none');
		expect(nameKind('Deutschland Waren', 'de')).toBe('none');
		expect(nameKind('Deutsche Bank', 'de')).toBe('organisation');
		expect(nameKind('Europäische Zentralbank', 'de')).toBe('organisation');
		expect(nameKind('Malu Dreyer', 'de')).toBe('person');
	});
});
