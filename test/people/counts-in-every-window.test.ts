// A person's People row counts what their screen lists, in the briefing's window and in the wider ones alike
// (review V18 #13: one article gave "briefing" 3 quotes and "last days" 1).

import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {briefingPeople} from '../../source/briefing/people.js';
import {peopleInWindow} from '../../source/briefing/people-window.js';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import type {Briefing} from '../../source/model/briefing.js';
import type {Quote, QuoteAnalysis} from '../../source/model/quote.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from '../store/make-article.js';

function said(text: string, speaker: string, role = ''): Quote {
	return {kind: 'direct', text, speaker, role, cue: 'sagte', start: 0, end: text.length};
}

// A taxi driver no people list names: the first quote describes him, the next two only name him.
const analysis: QuoteAnalysis = {
	people: [],
	quotes: [
		said('Seit Wochen stehen wir hier jede Nacht im Stau', 'Mehmet Yilmaz', 'Taxifahrer'),
		said('Die Baustelle hat uns die halbe Kundschaft gekostet', 'Mehmet Yilmaz'),
		said('Niemand aus dem Rathaus hat mit uns gesprochen', 'Mehmet Yilmaz'),
		// Words with no one named or described: counted for nobody, in either window.
		said('Die Arbeiten dauern noch bis zum Frühjahr an', 'ein Sprecher'),
	],
};
const article = makeArticle('https://lokal.example/feed', 'baustelle', {language: 'de', title: 'Taxifahrer klagen über Dauerbaustelle am Ring', published: '2026-11-20T10:00:00.000Z'});

let store: ArticleStore;
beforeEach(() => {
	store = new ArticleStore(':memory:');
	store.commitFeed(okState(article.feedUrl, {articleCount: 1}), [article]);
});
afterEach(() => store.close());

function briefingOfTheArticle(): Briefing {
	const {story} = buildStory([memberOf(article, Date.parse(article.published), {topics: [], quotes: analysis}, '')], () => undefined, {});
	return {generatedAt: article.published, window: {from: article.published, to: article.published}, topics: [{name: 'Lokales', stories: [{...story, score: 1, isNew: false, unread: true}]}]};
}

describe('one count per person in every People window', () => {
	it('the briefing and the wider windows both count the three quotes his screen lists, each with his role', () => {
		const briefing = briefingPeople(briefingOfTheArticle());
		const inBriefing = briefing.people.find(person => person.name === 'Mehmet Yilmaz');
		expect(inBriefing).toMatchObject({quotes: 3, stories: 1, role: 'Taxifahrer'});
		expect(briefing.quotes.get('Mehmet Yilmaz')).toHaveLength(3);

		for (const window of ['week', 'all'] as const) {
			const wider = peopleInWindow(store, {window, now: new Date('2026-11-21T00:00:00Z'), quoteEngine: () => analysis});
			expect(wider.people.find(person => person.name === 'Mehmet Yilmaz')).toEqual({name: 'Mehmet Yilmaz', role: 'Taxifahrer', articles: 1, quotes: 3});
			expect(wider.quotes['Mehmet Yilmaz']!.map(quote => quote.role)).toEqual(['Taxifahrer', 'Taxifahrer', 'Taxifahrer']);
			expect(wider.people.map(person => person.name)).toEqual(briefing.people.map(person => person.name));
		}
	});

	it('a speaker no list names and nothing describes is in neither list', () => {
		expect(briefingPeople(briefingOfTheArticle()).people.map(person => person.name)).not.toContain('ein Sprecher');
		const wider = peopleInWindow(store, {window: 'all', now: new Date('2026-11-21T00:00:00Z'), quoteEngine: () => analysis});
		expect(wider.people.map(person => person.name)).not.toContain('ein Sprecher');
	});

	it('a speaker listed by a later copy of a quote whose first report named no one is in the wider windows too (review V19 #3)', () => {
		const words = 'Wir werden die Brücke im Frühjahr wieder öffnen';
		const agency = makeArticle('https://agentur.example/feed', 'agentur', {language: 'de', published: '2026-11-20T08:00:00.000Z'});
		const own = makeArticle('https://stadt.example/feed', 'stadt', {language: 'de', published: '2026-11-20T10:00:00.000Z'});
		store.commitFeed(okState(agency.feedUrl, {articleCount: 1}), [agency]);
		store.commitFeed(okState(own.feedUrl, {articleCount: 1}), [own]);
		const analyses = new Map<string, QuoteAnalysis>([
			[agency.uid, {people: [], quotes: [said(words, 'Anna Müller')]}],
			[own.uid, {people: [{name: 'Anna Müller', role: 'Bürgermeisterin', aliases: []}], quotes: [said(words, 'Anna Müller', 'Bürgermeisterin')]}],
		]);
		const wider = peopleInWindow(store, {window: 'all', now: new Date('2026-11-21T00:00:00Z'), quoteEngine: item => analyses.get(item.uid) ?? analysis});
		// One quote: the copy is not counted twice; the first report is the one kept.
		expect(wider.people.find(person => person.name === 'Anna Müller')).toEqual({name: 'Anna Müller', role: 'Bürgermeisterin', articles: 1, quotes: 1});
	});
});
