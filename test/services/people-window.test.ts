// The People screen's wider window from the store: the briefing's cached analyses are read, not analysed again; what
// no cache covers goes through the quote engine once and is kept; the week leaves older articles out.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {compileTopics} from '../../source/analysis/topics/match.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {analysisKey, analyzeArticle} from '../../source/briefing/analysis-cache.js';
import {storeAnalysisCache} from '../../source/briefing/from-store.js';
import {peopleInWindow} from '../../source/briefing/people-window.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';
import {topicsFingerprint} from '../../source/briefing/topics-fingerprint.js';
import type {Article} from '../../source/model/article.js';
import type {QuoteAnalysis} from '../../source/model/quote.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {isBuilt, loadBuilt} from '../helpers/built-dist.js';
import {loadFixtureFeeds} from '../helpers/fixture-articles.js';

let directory: string;
let store: ArticleStore;
beforeEach(() => {
	directory = mkdtempSync(path.join(tmpdir(), 'lagebild-people-window-'));
	store = new ArticleStore(path.join(directory, 'lagebild.db'));
});
afterEach(() => {
	store.close();
	rmSync(directory, {recursive: true, force: true});
});

/** The real quote engine, counting the articles it is run on. */
function countingEngine(): {engine: (article: Article) => QuoteAnalysis; runs: string[]} {
	const runs: string[] = [];
	return {runs, engine: article => {
		runs.push(article.uid);
		return quoteAnalysisOf(article);
	}};
}

describe('peopleInWindow', () => {
	test('cached analyses are read as they are; the rest is analysed once and kept; same people either way', async () => {
		const [tagesschau, guardian] = await loadFixtureFeeds(['tagesschau-2021-02-18.rss', 'guardian-us-politics-2018.rss']);
		for (const feed of [tagesschau!, guardian!]) {
			store.commitFeed({url: feed.url, status: 'ok', error: '', lastFetch: null, lastSuccess: null, etag: null, lastModified: null, articleCount: feed.articles.length}, feed.articles);
		}

		const now = new Date('2026-01-01T00:00:00Z');
		const everything = countingEngine();

		// The briefing analysed the tagesschau articles (as its cache keeps them: content, topic set, quotes).
		const topics = defaultTopics();
		const compiled = compileTopics(topics);
		const cache = storeAnalysisCache(store);
		for (const article of tagesschau!.articles) {
			cache.set(article.uid, analysisKey(article, topicsFingerprint(topics), true), analyzeArticle(article, compiled, quoteAnalysisOf));
		}

		cache.flush();
		const total = tagesschau!.articles.length + guardian!.articles.length;
		const first = countingEngine();
		const progress: number[] = [];
		const result = peopleInWindow(store, {window: 'all', now, quoteEngine: first.engine, onProgress: done => progress.push(done)});
		expect(result.articles).toBe(total);
		expect(result.cached).toBe(tagesschau!.articles.length);
		expect(result.analysedNow).toBe(guardian!.articles.length);
		expect(new Set(first.runs)).toEqual(new Set(guardian!.articles.map(article => article.uid)));
		expect(progress.at(-1)).toBe(total);
		expect(result.people.length).toBeGreaterThan(5);

		// Next time nothing is analysed: the engine's results were kept.
		const second = countingEngine();
		const again = peopleInWindow(store, {window: 'all', now, quoteEngine: second.engine});
		expect(second.runs).toEqual([]);
		expect(again.cached).toBe(total);
		expect(again.people).toEqual(result.people);

		// Everything through the engine gives the same people and quotes.
		const fresh = new ArticleStore(':memory:');
		try {
			for (const feed of [tagesschau!, guardian!]) fresh.commitFeed({url: feed.url, status: 'ok', error: '', lastFetch: null, lastSuccess: null, etag: null, lastModified: null, articleCount: 0}, feed.articles);
			const direct = peopleInWindow(fresh, {window: 'all', now, quoteEngine: everything.engine});
			expect(everything.runs.length).toBe(total);
			expect(direct.people).toEqual(result.people);
			expect(direct.quotes).toEqual(result.quotes);
		} finally {
			fresh.close();
		}

		// Each person's quotes newest first; every quote's speaker is the person.
		for (const [name, quotes] of Object.entries(result.quotes)) {
			const times = quotes.map(quote => quote.published);
			expect(times).toEqual([...times].sort().reverse());
			expect(quotes.every(quote => quote.speaker === name)).toBe(true);
		}
	});

	test('the week is the 7 days before now; an article whose text changed since its analysis is read again', async () => {
		const [feed] = await loadFixtureFeeds(['tagesschau-2021-02-18.rss']);
		store.commitFeed({url: feed!.url, status: 'ok', error: '', lastFetch: null, lastSuccess: null, etag: null, lastModified: null, articleCount: 0}, feed!.articles);
		const times = feed!.articles.map(article => Date.parse(article.published)).sort((a, b) => a - b);
		// A now such that the week holds only part of the feed.
		const now = new Date(times[0]! + 7 * 24 * 3600 * 1000 + (times.at(-1)! - times[0]!) / 2);
		const inWeek = feed!.articles.filter(article => Date.parse(article.published) >= now.getTime() - 7 * 24 * 3600 * 1000);
		expect(inWeek.length).toBeGreaterThan(0);
		expect(inWeek.length).toBeLessThan(feed!.articles.length);
		const week = peopleInWindow(store, {window: 'week', now, quoteEngine: quoteAnalysisOf});
		expect(week.articles).toBe(inWeek.length);
		expect(week.from).toBe(new Date(now.getTime() - 7 * 24 * 3600 * 1000).toISOString());
		const weekUids = new Set(inWeek.map(article => article.uid));
		expect(Object.values(week.quotes).flat().every(quote => weekUids.has(quote.articleId))).toBe(true);

		// The stored text of one article changes (a full text fetched): its kept analysis no longer counts.
		const changed = inWeek[0]!;
		store.setFullText(changed.uid, `${changed.content}\n\n„Wir ändern den Text“, sagte Ada Lind.`);
		const counting = countingEngine();
		peopleInWindow(store, {window: 'week', now, quoteEngine: counting.engine});
		expect(counting.runs).toEqual([changed.uid]);
	});
});

describe('loadPeopleWindow in its worker (the built dist/)', () => {
	test.skipIf(!isBuilt('briefing/people-window-worker.js'))('the worker gathers what this thread gathers, with progress, and keeps what it analysed', async () => {
		const {loadPeopleWindow} = await loadBuilt<typeof import('../../source/services/people-window.js')>('services/people-window.js');
		const [feed] = await loadFixtureFeeds(['guardian-us-politics-2018.rss']);
		store.commitFeed({url: feed!.url, status: 'ok', error: '', lastFetch: null, lastSuccess: null, etag: null, lastModified: null, articleCount: 0}, feed!.articles);
		const now = new Date('2026-01-01T00:00:00Z');
		const progress: number[] = [];
		const inWorker = await loadPeopleWindow(store, 'all', now, done => progress.push(done));
		expect(inWorker.analysedNow).toBe(feed!.articles.length);
		expect(progress.at(-1)).toBe(feed!.articles.length);
		const here = peopleInWindow(store, {window: 'all', now});
		expect(here.cached).toBe(feed!.articles.length);
		expect(here.people).toEqual(inWorker.people);
		expect(here.quotes).toEqual(inWorker.quotes);
	}, 60_000);
});
