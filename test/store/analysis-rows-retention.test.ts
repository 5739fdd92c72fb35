// The analysis cache over a month (walk 10 #214: 6,044 rows for 4,715 articles): rows of purged articles go with them,
// a rewritten article keeps one row per analyzer, and a newer version of an analyzer replaces the older one's rows of
// the same articles when retention runs — the older rows of articles the newer version never analysed stay.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Article} from '../../source/model/article.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from './make-article.js';

const feed = 'https://a.example/feed.xml';
const now = new Date('2026-12-30T06:00:00.000Z');
const day = 86_400_000;

let dir: string;
let store: ArticleStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-analysis-rows-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
});

afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

function rows(): Array<{uid: string; analyzer: string; content_hash: string}> {
	return store.db.prepare('SELECT uid, analyzer, content_hash FROM analysis_cache ORDER BY uid, analyzer').all() as Array<{uid: string; analyzer: string; content_hash: string}>;
}

/** Forty days of one article a day (day 0 the oldest), each analysed by the briefing as it arrived. */
function agedStore(): Article[] {
	const articles = Array.from({length: 40}, (_, index) => makeArticle(feed, `item-${index}`, {
		title: `Meldung ${index}`,
		published: new Date(now.getTime() - (40 - index) * day).toISOString(),
		fetchedAt: new Date(now.getTime() - (40 - index) * day).toISOString(),
	}));
	store.commitFeed(okState(feed), articles);
	// The analysis before the bump: every article; after it (day 25 on) the briefing's window analysed the last days again.
	store.putAnalyses('briefing-v14', articles.map(article => ({uid: article.uid, contentHash: `${article.title}:q`, result: {quotes: []}})));
	store.putAnalyses('briefing-v15', articles.slice(25).map(article => ({uid: article.uid, contentHash: `${article.title}:q`, result: {quotes: []}})));
	// Story summaries under their leads, and the people window's own reads of articles the briefing never analysed.
	store.putAnalyses('story-summary-v2', articles.filter((_, index) => index % 5 === 0).map(article => ({uid: article.uid, contentHash: 'story', result: 'summary'})));
	store.putAnalyses('people-window', articles.slice(0, 3).map(article => ({uid: article.uid, contentHash: 'window', result: {quotes: []}})));
	return articles;
}

describe('the analysis cache when retention runs', () => {
	it('keeps no row of a purged article, one row per analyzer of a rewritten one, and only the newest version where it analysed', () => {
		const articles = agedStore();
		// Two articles rewritten by their feed, each analysed again: the row is replaced, not added.
		for (const index of [30, 36]) {
			const article = articles[index]!;
			store.commitFeed(okState(feed), [{...article, title: `${article.title} (aktualisiert)`, fetchedAt: now.toISOString()}]);
			store.putAnalyses('briefing-v15', [{uid: article.uid, contentHash: `${article.title} (aktualisiert):q`, result: {quotes: []}}]);
		}

		expect(rows()).toHaveLength(40 + 15 + 8 + 3);
		expect(store.applyRetention(30, now)).toEqual({deleted: 10});

		const kept = new Set(store.articles().map(article => article.uid));
		expect(kept.size).toBe(30);
		const left = rows();
		expect(left.filter(row => !kept.has(row.uid))).toEqual([]);
		// Per article at most one row per analyzer, and the briefing's only in its newest version where that one analysed it.
		for (const [index, article] of articles.entries()) {
			const names = left.filter(row => row.uid === article.uid).map(row => row.analyzer);
			if (index < 10) expect(names).toEqual([]);
			else if (index < 25) expect(names.filter(name => name.startsWith('briefing-'))).toEqual(['briefing-v14']);
			else expect(names.filter(name => name.startsWith('briefing-'))).toEqual(['briefing-v15']);
			expect(new Set(names).size).toBe(names.length);
		}

		expect(left.filter(row => row.uid === articles[30]!.uid && row.analyzer === 'briefing-v15').map(row => row.content_hash)).toEqual(['Meldung 30 (aktualisiert):q']);
		expect(left.filter(row => row.analyzer === 'story-summary-v2')).toHaveLength(6);
		expect(left.filter(row => row.analyzer === 'people-window')).toEqual([]);
		expect(left).toHaveLength(15 + 15 + 6);
	});

	it('collects replaced versions when retention keeps everything (retentionDays 0), and leaves a store with one version as it is', () => {
		const articles = agedStore();
		store.applyRetention(0, now);
		expect(store.count()).toBe(40);
		expect(rows().filter(row => row.analyzer === 'briefing-v14').map(row => row.uid).sort()).toEqual(articles.slice(0, 25).map(article => article.uid).sort());
		const before = rows();
		store.applyRetention(0, now);
		expect(rows()).toEqual(before);
	});

	it('takes removed feeds\' analyses with their articles', () => {
		agedStore();
		store.removeFeed(feed);
		expect(rows()).toEqual([]);
	});
});
