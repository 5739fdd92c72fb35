// Refresh orchestration: every feed fetched, parsed and committed to the store, a few at a time.

import pLimit from 'p-limit';
import type {Article} from '../model/article.js';
import type {FeedConfig, FeedState} from '../model/feed.js';
import type {FeedRefreshResult, RefreshFeeds, RefreshOptions, RefreshProgress, RefreshSummary} from '../model/refresh.js';
import {sanitizeLine} from '../text/sanitize.js';
import {type CommitQueue, createCommitQueue} from './commit-queue.js';
import {FeedError} from './feed-error.js';
import {fetchFeed} from './fetch.js';
import {createFeedParser, type FeedParser} from './parse-pool.js';

function errorLine(error: unknown): string {
	if (error instanceof FeedError) return error.message;
	const message = error instanceof Error ? error.message : String(error);
	return sanitizeLine(message).slice(0, 200) || 'unknown error';
}

async function refreshOne(feed: FeedConfig, options: RefreshOptions, fetchedAt: string, parser: FeedParser, commits: CommitQueue): Promise<FeedRefreshResult> {
	const started = performance.now();
	const {store, settings, signal} = options;
	let previous: FeedState | undefined;
	let title = feed.title;
	const result = (outcome: FeedRefreshResult['outcome'], extra: Partial<FeedRefreshResult> = {}): FeedRefreshResult => ({
		url: feed.url,
		title: title || feed.url,
		outcome,
		error: '',
		newArticles: 0,
		items: 0,
		durationMs: Math.round(performance.now() - started),
		...extra,
	});
	const keep = (): Omit<FeedState, 'status' | 'error'> => ({
		url: feed.url,
		lastFetch: fetchedAt,
		lastSuccess: previous?.lastSuccess ?? null,
		etag: previous?.etag ?? null,
		lastModified: previous?.lastModified ?? null,
		articleCount: previous?.articleCount ?? 0,
	});
	try {
		previous = store.getFeedState(feed.url);
		if (signal?.aborted) throw new FeedError('cancelled');
		const fetched = await fetchFeed(feed.url, {etag: previous?.etag, lastModified: previous?.lastModified}, settings, signal);
		if (fetched.status === 'not-modified') {
			await commits.commit({...keep(), status: 'not-modified', error: '', lastSuccess: fetchedAt}, []);
			return result('not-modified');
		}
		const parsed = await parser.parse(fetched.text, {
			feedUrl: feed.url,
			...(feed.title ? {feedTitle: feed.title} : {}),
			...(feed.language ? {language: feed.language} : {}),
			fetchedAt,
			settings,
		});
		title = feed.title || parsed.title;
		const articles: Article[] = parsed.articles;
		const state: FeedState = {
			...keep(),
			status: 'ok',
			error: '',
			lastSuccess: fetchedAt,
			etag: fetched.etag,
			lastModified: fetched.lastModified,
			articleCount: articles.length,
		};
		const newArticles = await commits.commit(state, articles);
		return result('ok', {newArticles, items: articles.length});
	} catch (error) {
		const message = errorLine(error);
		// A cancelled refresh says nothing about the feed: leave its stored state as it was.
		if (signal?.aborted) return result('error', {error: 'cancelled'});
		try {
			await commits.commit({...keep(), status: 'error', error: message}, []);
		} catch (storeError) {
			return result('error', {error: `${message}; store: ${errorLine(storeError)}`});
		}
		return result('error', {error: message});
	}
}

const minFeedsForWorkers = 8;

/**
 * Refreshes all feeds with the configured concurrency; each feed is parsed as soon as it arrives.
 * Never throws for a single feed's failure: that feed gets outcome 'error' and a one-line reason.
 */
export const refreshFeeds: RefreshFeeds = async (feeds, options) => {
	const started = performance.now();
	const fetchedAt = (options.now ?? new Date()).toISOString();
	const limit = pLimit(Math.max(1, Math.floor(options.settings.concurrency) || 1));
	const progress: RefreshProgress = {done: 0, total: feeds.length, failed: 0};
	const report = (last: FeedRefreshResult): void => {
		progress.done++;
		if (last.outcome === 'error') progress.failed++;
		try {
			options.onProgress?.({...progress, last});
		} catch {
			// a broken progress display must not stop the refresh
		}
	};
	// Workers pay off once there are several feeds to parse; one feed parses faster than a worker starts.
	const parser = createFeedParser(feeds.length >= minFeedsForWorkers ? undefined : 0);
	const commits = createCommitQueue(options.store);
	let results: FeedRefreshResult[];
	try {
		results = await Promise.all(feeds.map(async (feed) => {
			const outcome = await limit(async () => refreshOne(feed, options, fetchedAt, parser, commits));
			report(outcome);
			return outcome;
		}));
	} finally {
		await parser.close();
	}
	const summary: RefreshSummary = {
		results,
		ok: results.filter((r) => r.outcome === 'ok').length,
		notModified: results.filter((r) => r.outcome === 'not-modified').length,
		failed: results.filter((r) => r.outcome === 'error').length,
		newArticles: results.reduce((sum, r) => sum + r.newArticles, 0),
		durationMs: Math.round(performance.now() - started),
	};
	return summary;
};
