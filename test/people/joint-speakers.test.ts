// "nach Informationen von NDR, WDR und SZ": the quote engine gives the list as one speaker; the people lists show the
// outlets it names, never one name.

import {describe, expect, it} from 'vitest';
import {jointSpeakers} from '../../source/analysis/people/joint-speakers.js';
import {briefingPeople} from '../../source/briefing/people.js';
import {peopleInWindow} from '../../source/briefing/people-window.js';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import type {Briefing, Story} from '../../source/model/briefing.js';
import type {QuoteAnalysis} from '../../source/model/quote.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from '../store/make-article.js';

const analysis: QuoteAnalysis = {
	people: [{name: 'NDR, WDR und SZ', role: '', aliases: [], kind: 'organisation'}, {name: 'Jonas Weber', role: 'Sprecher', aliases: []}],
	quotes: [
		{kind: 'indirect', text: 'der Hersteller habe einen deutlich höheren Preis pro Dosis verlangt', speaker: 'NDR, WDR und SZ', role: '', cue: 'nach Informationen von', start: 0, end: 10},
		{kind: 'direct', text: 'Zu laufenden Verhandlungen äußern wir uns nicht', speaker: 'Jonas Weber', role: 'Sprecher', cue: 'sagte', start: 20, end: 30},
	],
};
const article = makeArticle('https://nachrichten.example/feed', 'impfstoff', {language: 'de', title: 'Hersteller verlangten höheren Preis für Impfstoff'});

function builtStory(): Story {
	const {story} = buildStory([memberOf(article, Date.parse(article.published), {topics: [], quotes: analysis}, '')], () => undefined, {});
	return {...story, score: 1, isNew: false, unread: true};
}

const briefingOf = (story: Story): Briefing => ({generatedAt: article.published, window: {from: article.published, to: article.published}, topics: [{name: 'Gesundheit', stories: [story]}]});
const rowsOf = (people: ReadonlyArray<{name: string; quotes: number; organisation?: boolean}>) => people.map(({name, quotes, organisation}) => ({name, quotes, organisation: organisation ?? false}));
const outlets = [{name: 'Jonas Weber', quotes: 1, organisation: false}, {name: 'NDR', quotes: 1, organisation: true}, {name: 'SZ', quotes: 1, organisation: true}, {name: 'WDR', quotes: 1, organisation: true}];

describe('a speaker that is a list of outlets, bodies or people', () => {
	it('is split at its commas and last "und"/"and" when every part stands as a name on its own', () => {
		expect(jointSpeakers('NDR, WDR und SZ')).toEqual([{name: 'NDR', organisation: true}, {name: 'WDR', organisation: true}, {name: 'SZ', organisation: true}]);
		expect(jointSpeakers('NDR, WDR und „SZ“')?.map(part => part.name)).toEqual(['NDR', 'WDR', 'SZ']);
		expect(jointSpeakers('BBC and AP')?.map(part => part.name)).toEqual(['BBC', 'AP']);
		expect(jointSpeakers('Angela Merkel und Emmanuel Macron')).toEqual([{name: 'Angela Merkel', organisation: false}, {name: 'Emmanuel Macron', organisation: false}]);
		expect(jointSpeakers('Reuters and AFP', name => name === 'Reuters')?.map(part => part.name)).toEqual(['Reuters', 'AFP']);
	});

	// Review V19 #6: any part in capitals counted as a short form, so a party or title apposition became a second speaker,
	// and a part named twice was credited twice.
	it('a name with its party or title after a comma is one speaker; a part named twice is one part', () => {
		expect(jointSpeakers('Olaf Scholz, SPD')).toBeUndefined();
		expect(jointSpeakers('Peter Maier, CEO')).toBeUndefined();
		expect(jointSpeakers('Olaf Scholz und SPD')?.map(part => part.name)).toEqual(['Olaf Scholz', 'SPD']);
		// Its two parts are one name: the company stays whole, not credited twice to a Johnson of the story.
		expect(jointSpeakers('Johnson & Johnson', name => name === 'Johnson')).toBeUndefined();
		expect(jointSpeakers('NDR,  WDR\n und SZ')?.map(part => part.name)).toEqual(['NDR', 'WDR', 'SZ']);
	});

	it('a body whose name holds "und" or "&" stays one name', () => {
		for (const name of ['Stiftung Wissenschaft und Politik', 'Procter & Gamble', 'Bund und Länder', 'Marks and Spencer', 'Department of Health and Human Services', 'Donald Trump']) {
			expect(jointSpeakers(name)).toBeUndefined();
		}
	});

	it('the story lists the outlets, each with the quote; the quote keeps the words that credit them', () => {
		const story = builtStory();
		expect(story.people.map(({name, quoteCount, kind}) => ({name, quoteCount, kind}))).toEqual([
			{name: 'Jonas Weber', quoteCount: 1, kind: undefined},
			{name: 'NDR', quoteCount: 1, kind: 'organisation'},
			{name: 'SZ', quoteCount: 1, kind: 'organisation'},
			{name: 'WDR', quoteCount: 1, kind: 'organisation'},
		]);
		expect(story.quotes.map(quote => quote.speaker)).toContain('NDR, WDR und SZ');
	});

	it('the People lists show the outlets, never one name: the briefing, a stored briefing of older builds, the wider windows', () => {
		const people = briefingPeople(briefingOf(builtStory()));
		expect(rowsOf(people.people).sort((a, b) => a.name.localeCompare(b.name))).toEqual(outlets);
		expect(people.quotes.get('WDR')?.map(item => item.quote.speaker)).toEqual(['NDR, WDR und SZ']);

		// Stored by an older build: the story's list names the joint speaker.
		const older = {...builtStory(), people: [{name: 'NDR, WDR und SZ', role: '', aliases: [], quoteCount: 1, kind: 'organisation' as const}, {name: 'Jonas Weber', role: 'Sprecher', aliases: [], quoteCount: 1}]};
		expect(rowsOf(briefingPeople(briefingOf(older)).people).sort((a, b) => a.name.localeCompare(b.name))).toEqual(outlets);

		const store = new ArticleStore(':memory:');
		try {
			store.commitFeed(okState(article.feedUrl, {articleCount: 1}), [article]);
			const wider = peopleInWindow(store, {window: 'all', now: new Date('2026-11-21T00:00:00Z'), quoteEngine: () => analysis});
			expect(rowsOf(wider.people).sort((a, b) => a.name.localeCompare(b.name))).toEqual(outlets);
			// The window names each quote's speaker as its row (the words credit all three).
			expect(wider.quotes['SZ']?.map(quote => quote.speaker)).toEqual(['SZ']);
		} finally {
			store.close();
		}
	});
});
