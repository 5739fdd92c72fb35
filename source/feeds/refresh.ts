// Refresh orchestration: every feed fetched, parsed and committed to the store, a few at a time.

import pLimit from 'p-limit';
import {errorTextOfError} from '../i18n/keyed-error.js';
import type {Article} from '../model/article.js';
import type {FeedConfig, FeedState} from '../model/feed.js';
import type {FeedRefreshResult, RefreshFeeds, RefreshOptions, RefreshProgress, RefreshSummary} from '../model/refresh.js';
import {sanitizeLine} from '../text/sanitize.js';
import {type CommitQueue, createCommitQueue} from './commit-queue.js';
import {FeedError, HttpStatusError} from './feed-error.js';
import {fetchFeed} from './fetch.js';
import {hostInterleaved} from './host-order.js';
import {createFeedParser, type FeedParser} from './parse-pool.js';
import {afterFailure, afterSuccess, defaultIntervalMs, hintSeconds, holdOf, maxAgeSeconds, waitingLine} from './schedule.js';

function errorLine(error: unknown): string {
	if (error instanceof FeedError) return error.message;
	const message = error instanceof Error ? error.message : String(error);
	return sanitizeLine(message).slice(0, 200) || 'unknown error';
}

/** A permanent move worth reporting: to another address than the one asked. */
function moved(movedTo: string | undefined): {movedTo?: string} {
	return movedTo ? {movedTo} : {};
}

type Slot = <T>(work: () => Promise<T>) => Promise<T>;

/**
 * One feed: fetch and parse inside a slot of the concurrency limit, then the commit outside it, so a feed
 * waiting for its batch to be written does not keep the next feed from being fetched.
 */
async function refreshOne(feed: FeedConfig, options: RefreshOptions, fetchedAt: string, parser: FeedParser, commits: CommitQueue, slot: Slot): Promise<FeedRefreshResult> {
	const fetchedMs = Date.parse(fetchedAt);
	let started = performance.now();
	const {store, settings, signal} = options;
	let previous: ReturnType<RefreshOptions['store']['getFeedState']>;
	let title = feed.title;
	const result = (outcome: FeedRefreshResult['outcome'], extra: Partial<FeedRefreshResult> = {}): FeedRefreshResult => ({
		url: feed.url,
		// A feed that fails now is still called what it called itself the last time it was read.
		title: title || previous?.title || feed.url,
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
		...afterSuccess(fetchedMs, null),
	});
	try {
		const fetched = await slot(async () => {
			started = performance.now();
			previous = store.getFeedState(feed.url);
			if (signal?.aborted) throw new FeedError({key: 'cancelled', params: {}});
			// A compressed body stays so until the parser has it: inflating is then the parse worker's work, not this thread's.
			const response = await fetchFeed(feed.url, {etag: previous?.etag, lastModified: previous?.lastModified}, settings, signal, {keepCompressed: true});
			if (response.status === 'not-modified') return {notModified: response};
			return {response, parsed: await parser.parse(response.raw, {
				feedUrl: feed.url,
				...(feed.title ? {feedTitle: feed.title} : {}),
				...(feed.language ? {language: feed.language} : {}),
				fetchedAt,
				settings,
			})};
		});
		if (fetched.notModified) {
			await commits.commit({...keep(), status: 'not-modified', error: '', lastSuccess: fetchedAt, ...afterSuccess(fetchedMs, hintSeconds(maxAgeSeconds(fetched.notModified.cacheControl), undefined, previous))}, []);
			return result('not-modified', moved(fetched.notModified.movedTo));
		}
		const {response, parsed} = fetched;
		title = feed.title || parsed.title;
		const articles: Article[] = parsed.articles;
		const state: FeedState = {
			...keep(),
			status: 'ok',
			error: '',
			lastSuccess: fetchedAt,
			etag: response.etag,
			lastModified: response.lastModified,
			articleCount: articles.length,
			...afterSuccess(fetchedMs, hintSeconds(maxAgeSeconds(response.cacheControl), parsed.updateSeconds)),
		};
		const newArticles = await commits.commit(state, articles);
		return result('ok', {newArticles, items: articles.length, ...moved(response.movedTo)});
	} catch (error) {
		const message = errorLine(error);
		// The error by key beside its words: the store keeps both, the command line and the app say it by key.
		const errorText = errorTextOfError(error);
		const keyed = errorText ? {errorText} : {};
		// A cancelled refresh says nothing about the feed: leave its stored state as it was.
		if (signal?.aborted) return result('error', {error: 'cancelled'});
		try {
			const failure = error instanceof HttpStatusError ? {status: error.status, retryAfter: error.retryAfter} : {};
			await commits.commit({...keep(), status: 'error', error: message, ...keyed, ...afterFailure(previous, fetchedAt, fetchedMs, failure)}, []);
		} catch (storeError) {
			return result('error', {error: `${message}; store: ${errorLine(storeError)}`});
		}
		return result('error', {error: message, ...keyed});
	}
}

const minFeedsForWorkers = 8;

/** The parser a refresh of `feedCount` feeds uses: workers pay off once there are several feeds to parse; one feed parses faster than a worker starts. */
export function createRefreshParser(feedCount: number): FeedParser {
	return createFeedParser(feedCount >= minFeedsForWorkers ? undefined : 0);
}

/**
 * A parser whose workers are already starting, when the refresh of `feeds` will surely fetch a body: one of them has no
 * validators (ETag, Last-Modified) in the store — never fetched, or its server sent none — so it cannot answer 304.
 * Undefined otherwise: a refresh where every feed may answer 304 starts no thread unless one sends a body.
 * The refresh command creates it as early as it can tell (the worker's start-up then overlaps the command's own) and
 * hands it to refreshFeeds, which closes it; refreshFeeds asks the same question itself when it is given none.
 */
export function startParserFor(feeds: readonly FeedConfig[], validated: ReadonlySet<string>): FeedParser | undefined {
	if (!feeds.some(feed => !validated.has(feed.url))) return undefined;
	const parser = createRefreshParser(feeds.length);
	parser.start();
	return parser;
}

/**
 * Refreshes all feeds with the configured concurrency; each feed is parsed as soon as it arrives.
 * Never throws for a single feed's failure: that feed gets outcome 'error' and a one-line reason.
 * `prepared.parser` (see startParserFor) is used instead of a new one and closed at the end.
 */
export const refreshFeeds = (async (feeds: FeedConfig[], options: RefreshOptions, prepared: {parser?: FeedParser} = {}): Promise<RefreshSummary> => {
	// One refresh per store at a time: a second process would fetch every feed again for nothing.
	let release: (() => void) | undefined;
	try {
		release = options.store.lockRefresh?.();
	} catch (error) {
		await prepared.parser?.close();
		throw error;
	}
	try {
		return await refreshUnlocked(feeds, options, prepared);
	} finally {
		release?.();
	}
}) satisfies RefreshFeeds;

async function refreshUnlocked(feeds: FeedConfig[], options: RefreshOptions, prepared: {parser?: FeedParser}): Promise<RefreshSummary> {
	const started = performance.now();
	const nowDate = options.now ?? new Date();
	const fetchedAt = nowDate.toISOString();
	// Which feeds wait: one query for all of them (none for a store without schedule fields), not one per feed.
	const holds = options.store.refreshHolds?.();
	if (!holds || holds.size === 0) return refreshAsked(feeds, options, prepared, fetchedAt);
	const schedule = {background: options.background === true, intervalMs: options.settings.autoRefreshMinutes > 0 ? options.settings.autoRefreshMinutes * 60_000 : defaultIntervalMs};
	// Per feed of the list: asked (undefined), waiting (its result) or left out by the background refresh (null).
	const held: Array<FeedRefreshResult | null | undefined> = feeds.map((feed): FeedRefreshResult | null | undefined => {
		const hold = holdOf(holds.get(feed.url), nowDate.getTime(), schedule);
		if (!hold) return undefined;
		if (schedule.background) return null;
		if (hold.reason !== 'retry-after') return undefined;
		const title = feed.title || options.store.getFeedState(feed.url)?.title || feed.url;
		return {url: feed.url, title, outcome: 'waiting', error: waitingLine(hold.until), newArticles: 0, items: 0, durationMs: 0};
	});
	const asked = feeds.filter((_feed, index) => held[index] === undefined);
	if (asked.length === feeds.length) return refreshAsked(feeds, options, prepared, fetchedAt);
	const summary = await refreshAsked(asked, options, prepared, fetchedAt);
	// The waiting feeds' results in the list's order among the asked ones'.
	const askedResults = summary.results[Symbol.iterator]();
	const results: FeedRefreshResult[] = [];
	for (const entry of held) {
		if (entry === undefined) {
			const next = askedResults.next();
			if (!next.done) results.push(next.value);
		} else if (entry) results.push(entry);
	}
	return {
		...summary,
		results,
		waiting: held.filter(entry => entry).length,
		skipped: held.filter(entry => entry === null).length,
		durationMs: Math.round(performance.now() - started),
	};
}

async function refreshAsked(feeds: FeedConfig[], options: RefreshOptions, prepared: {parser?: FeedParser}, fetchedAt: string): Promise<RefreshSummary> {
	const started = performance.now();
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
	// The workers load the parser while the first responses are on their way when a body will surely come; otherwise
	// they wait for a feed to parse (an all-304 refresh starts no thread).
	const parser = prepared.parser
		?? startParserFor(feeds, options.store.validatedFeedUrls())
		?? createRefreshParser(feeds.length);
	// Started in turns between hosts (the slots are taken in this order); the results stay in the list's order.
	const order = hostInterleaved(feeds.map((feed, index) => ({url: feed.url, feed, index})));
	let unfinished = feeds.length;
	// When every unfinished feed is waiting for the queue, nothing else can join the batch: write it now.
	const commits = createCommitQueue(options.store, {nothingElseComing: queued => queued >= unfinished});
	const results: FeedRefreshResult[] = [];
	try {
		await Promise.all(order.map(async ({feed, index}) => {
			const outcome = await refreshOne(feed, options, fetchedAt, parser, commits, limit);
			unfinished--;
			results[index] = outcome;
			report(outcome);
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
}
