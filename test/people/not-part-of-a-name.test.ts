// Walk 12 #234: what stands beside a name without being part of it, a body's name in two parts, one body under three
// names, and bylines — each in a made-up article.

import {describe, expect, it} from 'vitest';
import {mergePeople} from '../../source/analysis/people/merge.js';
import {briefingPeople} from '../../source/briefing/people.js';
import type {Briefing, BriefingPerson, BriefingQuote, Story} from '../../source/model/briefing.js';
import {nameKind} from '../../source/analysis/people/name-kind.js';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {articleText} from '../../source/analysis/quotes/article-text.js';
import type {Person} from '../../source/model/quote.js';

function peopleOf(title: string, paragraphs: string[], language: 'de' | 'en'): Person[] {
	return analyzeQuotes(articleText(title, paragraphs), {language, title}).people;
}

const names = (people: readonly Person[]) => people.map((person) => person.name);

describe('words beside a name', () => {
	it('a byline ending a teaser names its writers, not people of the story', () => {
		const people = peopleOf('Streit um das Gesetz', ['Die Regierung spricht von einem Erfolg, sagte Ministerin Anna Berger. Doch die Verbände haben sich durchgesetzt. Von K. Marwitz und T. Olberding.'], 'de');
		expect(names(people)).toContain('Anna Berger');
		expect(names(people).filter((name) => /Marwitz|Olberding/u.test(name))).toEqual([]);
	});

	it('a time before a name is no part of it: "Former Miami Heat player"', () => {
		const people = peopleOf('Basketball mourns a player', ['Former Miami Heat player died in a crash in Los Angeles on Wednesday, his agent said.'], 'en');
		expect(names(people)).not.toContain('Former Miami Heat');
		expect(names(people)).toContain('Miami Heat');
	});

	it('a person run into the first word of "State of the Union" is the person', () => {
		const people = peopleOf('Harlow State of the Union address promised unity', ['Ann Harlow has promised a new moment. Critics were not impressed, said one analyst.', "Related: Fact check: Ann Harlow's State of the Union address analyzed"], 'en');
		expect(names(people)).not.toContain('Harlow State');
		expect(names(people)).toContain('Ann Harlow');
	});

	it('a compound with a lower-case word after its hyphen is a description; a Korean given name is a name', () => {
		expect(nameKind('Chat GPT-style', 'en')).toBe('none');
		expect(nameKind('DayGlo T-shirt', 'en')).toBe('none');
		expect(nameKind('Kim Jong-un', 'en')).toBe('person');
		// Review V18 #2: a given name's syllable of four letters and more is a name too.
		expect(nameKind('Yoon Suk-yeol', 'en')).toBe('person');
		expect(nameKind('Ban Ki-moon', 'en')).toBe('person');
		expect(nameKind('Lee Jae-myung', 'en')).toBe('person');
	});

	it('a person "of" a body keeps their surname: only a possessive makes the last word a thing they own (review V18 #1)', () => {
		const people = peopleOf('Warming sets a record', ['The year was the hottest on record, said Zeke Hausfather of Berkeley Earth. Zeke Hausfather of Berkeley Earth expects more.'], 'en');
		expect(names(people)).toContain('Zeke Hausfather');
		expect(names(people)).not.toContain('Zeke');
	});

	it('a live blog\'s ask before a given name, and a set piece named after a player, are no names', () => {
		expect(nameKind('Email Nick', 'en')).toBe('none');
		expect(nameKind('Eriksen Corner', 'en')).toBe('none');
	});

	it('"Paypal & Co" is Paypal; a German trade noun before a body\'s name describes it', () => {
		const people = peopleOf('Statt Paypal & Co.: Europas neues Bezahlsystem', [
			'Die EPI Company plant, das niederländische Zahlungssystem iDEAL und den Zahlungslösungsanbieter Payconiq International (PQI) zu kaufen.',
			'Statt Paypal & Co. sollen Kunden bald europäisch bezahlen, sagte die Sprecherin der Firma.',
		], 'de');
		expect(names(people)).not.toContain('Zahlungslösungsanbieter Payconiq International (PQI)');
		expect(people.find((person) => person.name === 'Payconiq International (PQI)')?.role).toBe('Zahlungslösungsanbieter');
		expect(names(people)).not.toContain('Paypal & Co');
	});
});

describe('one body, one entry', () => {
	it('a body\'s name split at "für" is joined again when its short form names both parts', () => {
		const people = peopleOf('Handel mit dem Iran', ['Iran-Experte Cornelius Adebahr von der Deutschen Gesellschaft für Auswärtige Politik (DGAP) gibt zu bedenken, dass der Handel allein nichts sage.'], 'de');
		const bodies = people.filter((person) => person.kind === 'organisation').map((person) => person.name);
		expect(bodies).toContain('Deutsche Gesellschaft für Auswärtige Politik (DGAP)');
		expect(bodies).not.toContain('Deutsche Gesellschaft');
	});

	it('"Pentagon", "Defense department" and "US Department of Defense" are one body in a story', () => {
		const body = (name: string): Person => ({name, role: '', aliases: [], kind: 'organisation'});
		const merged = mergePeople([[body('Pentagon'), body('Defense department')], [body('US Department of Defense')], [body('Israel Defense Forces (IDF)'), body('IDF')]]);
		expect(merged.people.map((person) => person.name)).toEqual(['US Department of Defense', 'Israel Defense Forces (IDF)']);
		expect(merged.canonicalOf('Pentagon')).toBe('US Department of Defense');
		expect(merged.canonicalOf('Defense department')).toBe('US Department of Defense');
	});

	it('the same body of two countries is two bodies: "US Army" and "British Army" (review V18 #3)', () => {
		const body = (name: string): Person => ({name, role: '', aliases: [], kind: 'organisation'});
		const merged = mergePeople([[body('US Army'), body('British Army')], [body('US Embassy'), body('British Embassy')]]);
		expect(merged.people.map((person) => person.name).sort()).toEqual(['British Army', 'British Embassy', 'US Army', 'US Embassy']);
	});
});

describe('one body on the People screen', () => {
	const quote = (speaker: string, text: string): BriefingQuote => ({text, speaker, role: '', kind: 'indirect', articleId: 'a', outlet: 'The Guardian', start: 0, end: 1});
	const body = (name: string, quoteCount: number): BriefingPerson => ({name, role: '', aliases: [], quoteCount, kind: 'organisation'});
	const story = (id: string, quotes: BriefingQuote[], people: BriefingPerson[]): Story => ({
		id, headline: id, summary: '', topics: [], outlets: ['The Guardian'], articles: [], quotes, people,
		firstPublished: '2018-01-31T00:00:00.000Z', lastPublished: '2018-01-31T00:00:00.000Z', score: 1, isNew: false, unread: true,
	});

	it('lists a body two stories name differently ("Pentagon", "US Department of Defense") once', () => {
		const briefing: Briefing = {generatedAt: '2018-01-31T00:00:00.000Z', window: {from: '2018-01-31T00:00:00.000Z', to: '2018-01-31T00:00:00.000Z'}, topics: [{name: 'World', stories: [
			story('nato', [quote('Pentagon', 'The US is considering options')], [body('Pentagon', 1)]),
			story('climate', [quote('US Department of Defense', 'Drought, wind and flooding threaten bases'), quote('US Department of Defense', 'Half of the sites are threatened')], [body('US Department of Defense', 2)]),
		]}]};
		const rows = briefingPeople(briefing).people.filter((person) => person.organisation);
		expect(rows.map((person) => [person.name, person.stories, person.quotes])).toEqual([['US Department of Defense', 2, 3]]);
	});
});
