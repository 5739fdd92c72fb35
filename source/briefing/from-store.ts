// The briefing of what the store holds: read marks, last-seen times, the analysis cache and the snapshot wired in.

import type {Briefing} from '../model/briefing.js';
import type {ArticleStore} from '../store/article-store.js';
import type {AnalysisCache, ArticleAnalysis, SummaryCache} from './analysis-cache.js';
import {briefingWindow, buildBriefing, groupStories, isInWindow} from './build.js';
import {quoteAnalysisOf} from './quotes.js';
import {snapshotKey, snapshotName, snapshotOf, snapshotBriefing, unreadFilter, type SnapshotInputs} from './snapshot.js';

export {snapshotBriefing};

/**
 * The store's analysis cache as the briefing's cache hook (one analyzer name per version of the analysis).
 * Given the uids the build will ask for, their rows are read in one query instead of one query each.
 */
export function storeAnalysisCache(store: ArticleStore, uids?: readonly string[]): AnalysisCache & {flush(): void} {
	return storeCache<ArticleAnalysis>(store, 'briefing-v1', uids);
}

/** The store's cache of story summaries, kept under each story's lead article. */
export function storeSummaryCache(store: ArticleStore, uids?: readonly string[]): SummaryCache & {flush(): void} {
	return storeCache<string>(store, 'story-summary-v1', uids);
}

/** A cache over one analyzer's rows; with `uids`, read in one query and written in chunks by flush(). */
function storeCache<T>(store: ArticleStore, analyzer: string, uids?: readonly string[]) {
	const preloaded = uids ? store.analysesOf(uids, analyzer) : undefined;
	const pending: Array<{uid: string; contentHash: string; result: T}> = [];
	return {
		get(uid: string, key: string): T | undefined {
			if (!preloaded) return store.getAnalysis<T>(uid, analyzer, key);
			const row = preloaded.get(uid);
			if (row?.contentHash !== key) return undefined;
			try {
				return JSON.parse(row.result) as T;
			} catch {
				return undefined;
			}
		},
		set(uid: string, key: string, value: T): void {
			if (preloaded) pending.push({uid, contentHash: key, result: value});
			else store.putAnalysis(uid, analyzer, key, value);
		},
		flush(): void {
			store.putAnalyses(analyzer, pending.splice(0));
		},
	};
}

/** Everything a store briefing depends on is also what its snapshot is keyed by. */
export type StoreBriefingOptions = SnapshotInputs;

/**
 * The briefing of the store: the stored snapshot when it is still current, else computed afresh. Only the
 * articles inside the window are read with their text (the window is chosen from every article's time
 * alone); the result is kept as the store's snapshot unless `cache` is false.
 */
export function briefingFromStore(store: ArticleStore, options: StoreBriefingOptions): Briefing {
	// Nothing it depends on changed since the last computation: that result, with today's read marks, is the answer.
	const stored = snapshotBriefing(store, options);
	return stored ?? computeBriefing(store, options);
}

function computeBriefing(store: ArticleStore, options: StoreBriefingOptions): Briefing {
	// The key is taken before the articles are read: a refresh committing meanwhile leaves the snapshot stale, never wrong.
	const key = options.cache === false ? '' : snapshotKey(store, options);
	const times = store.articleTimes();
	const window = briefingWindow(times, options.since);
	const uids = times.filter((article) => isInWindow(article, window)).map((article) => article.uid);
	const stored = store.articlesByUid(uids);
	const read = new Set(stored.filter((article) => article.read).map((article) => article.uid));
	const lastSeen = store.storiesLastSeen();
	const caches = options.cache === false ? undefined : {cache: storeAnalysisCache(store, uids), summaryCache: storeSummaryCache(store, uids)};
	const briefing = buildBriefing(stored, {
		topics: options.topics,
		...(options.since === undefined ? {} : {since: options.since}),
		...(options.now === undefined ? {} : {now: options.now}),
		readState: {read, lastSeen},
		...(options.quotes === false ? {} : {quoteAnalysis: quoteAnalysisOf}),
		cluster: {windowHours: options.settings.storyWindowHours},
		...caches,
	});
	caches?.cache.flush();
	caches?.summaryCache.flush();
	if (options.cache !== false) {
		store.putSnapshot(snapshotName(options), key, snapshotOf(briefing, new Map(stored.map((article) => [article.uid, article]))));
	}
	const topics = options.topic === undefined ? briefing.topics : groupStories(briefing.topics.flatMap((topic) => topic.stories), options.topic);
	return unreadFilter({...briefing, topics}, options.unreadOnly);
}
