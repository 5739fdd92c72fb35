// The app's AppServices over the real parts: SQLite store, conf config, feed pipeline, briefing builder.
// The feed pipeline, the analysis and the browser opener load on first use: the first frame needs none of them.

import path from 'node:path';
import {refreshWithinRetention, retainAfterRefresh} from '../store/retention.js';
import {effectiveTopics} from '../config/default-topics.js';
import {BriefingWorker, canComputeInWorker, isOutOfMemory} from '../briefing/background.js';
import type {StoreBriefingOptions} from '../briefing/from-store.js';
import type {PeopleInWindow, PeopleWindowName} from '../briefing/people-window.js';
import {isSnapshotFresh, latestSnapshotBriefing, snapshotBriefing, snapshotKey, unreadFilter} from '../briefing/snapshot.js';
import {isNewReport, reportArrival} from '../briefing/rank.js';
import {addFeed, removeFeed, updateFeed, type FeedChanges} from '../config/feed-list.js';
import {ConfigError} from '../config/config-file.js';
import {copiedDefaults} from '../config/copied-defaults.js';
import {feedUrlKey} from '../config/feed-url.js';
import type {FoundFeed} from '../feeds/discover.js';
import {type AppContext, retentionInEffect} from '../commands/context.js';
import type {Article} from '../model/article.js';
import type {Briefing, BriefingArticleRef} from '../model/briefing.js';
import type {BriefingProgress} from '../model/briefing-progress.js';
import type {FeedConfig} from '../model/feed.js';
import type {TopicDefinition} from '../model/topic.js';
import type {StoredArticle} from '../store/article-store.js';
import {canonicalUrl} from '../store/canonical-url.js';
import {writeBenchMark} from '../bench-mark.js';
import type {AddedFeed, AddFeedListener, AppRefreshSummary, AppServices, BriefingFilter, FeedArticle, FeedRow, OpmlImportResult, ReadCounts, SearchHit, StarredArticle} from './app-services.js';

/** The app's answer to a refresh when the user removed every feed (the defaults come only on a first run). */
export const emptyFeedListMessage = 'your feed list is empty: press f, then a to add a feed (or run lagebild feeds add URL)';

/** The app's answer to F (full text) when started with --offline. */
export const offlineFullTextMessage = 'offline: F needs the network; o opens the article in the browser';

/** The briefing's reference to an article, from a stored article or a search hit (both carry these fields). */
function toRef(article: Pick<Article, 'uid' | 'title' | 'url' | 'feedTitle' | 'published'>): BriefingArticleRef {
	return {id: article.uid, title: article.title, url: article.url, feed: article.feedTitle, published: article.published};
}

/** Opens a web page in the browser; never a shell, never a file: or other scheme a feed might have put there. */
export async function openWebUrl(url: string): Promise<void> {
	let protocol: string;
	try {
		protocol = new URL(url).protocol;
	} catch {
		throw new Error(`not a web address: ${url}`);
	}

	if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`only http and https links are opened, not ${protocol}`);
	// `open` passes the URL as one argument to xdg-open / open / start; nothing is interpreted by a shell.
	const {default: open} = await import('open');
	await open(url);
}

type StoryEntry = {id: string; headline: string};

/** Which story each article of a briefing is in, by its id, or by its canonical address (`byAddress`). */
function storyIndex(briefing: Briefing | undefined, byAddress: boolean): Map<string, StoryEntry> {
	const index = new Map<string, StoryEntry>();
	for (const topic of briefing?.topics ?? []) {
		for (const story of topic.stories) {
			for (const article of story.articles) {
				const entry = {id: story.id, headline: story.headline};
				if (!byAddress) {
					index.set(article.id, entry);
					continue;
				}

				// The first story that lists an address keeps it.
				const address = article.url ? canonicalUrl(article.url) : '';
				if (address && !index.has(address)) index.set(address, entry);
			}
		}
	}

	return index;
}

/** A briefing computation under way in StoreServices. */
interface Computation {
	/** The filter it computes with. */
	filter: BriefingFilter;
	/** What it computes from (snapshotKey when it began): another key means articles arrived since. */
	inputKey: string;
	/** Settles once its first briefing arrived early, or once it ended. */
	first: Promise<void>;
	/** The complete briefing. */
	complete: Promise<Briefing>;
	/** The last briefing it handed on before completing, if any. */
	early: Briefing | undefined;
}


export interface StoreServicesOptions {
	/** Replaces the browser opener (tests, and the end-to-end run, record the URL instead). */
	openUrl?: (url: string) => Promise<void>;
}

export class StoreServices implements AppServices {
	readonly #context: AppContext;
	readonly #openUrl: (url: string) => Promise<void>;
	/** With --source: the given files, shown before whatever the user adds to the configured list. */
	readonly #sourceFeeds: FeedConfig[];
	/**
	 * The last briefing, and which story each of its articles is in (by id, and by address: a story lists one article
	 * per address, so a copy carried by a second feed, a search hit or a feed's list finds its story through the
	 * address). Built when first asked for: canonicalising the address of every article took ~5–13 ms of each start.
	 */
	#lastBriefing: Briefing | undefined;
	#storyOf: Map<string, StoryEntry> | undefined;
	#storyOfAddress: Map<string, StoryEntry> | undefined;
	/** Computes briefings off the UI thread and keeps the session, so a refresh's briefing is incremental. */
	readonly #worker = new BriefingWorker({unref: true});
	#closed = false;
	/** Aborted by close(): the refresh under way stops its fetches when the app quits. */
	readonly #quit = new AbortController();
	#refreshing: Promise<AppRefreshSummary> | undefined;
	/** The briefing computation under way, if any (see Computation). */
	#computing: Computation | undefined;
	readonly #progressListeners = new Set<(progress: BriefingProgress) => void>();
	readonly #updateListeners = new Set<(briefing: Briefing) => void>();
	/** The filter of the last briefing asked for: updates delivered later are shown with it. */
	#wanted: BriefingFilter = {unreadOnly: false};

	constructor(context: AppContext, options: StoreServicesOptions = {}) {
		this.#context = context;
		this.#openUrl = options.openUrl ?? openWebUrl;
		this.#sourceFeeds = context.sourceMode ? context.feeds : [];
	}

	async getBriefing(filter: BriefingFilter): Promise<Briefing> {
		return this.#indexed(await this.#briefing(filter));
	}

	/**
	 * Starts computing the briefing when the stored one is not current, so the worker runs while the app is
	 * still loading its interface (the first launch over a fresh store gains the whole load time).
	 */
	prepareBriefing(): void {
		const {store, sourceMode} = this.#context;
		if (sourceMode || !canComputeInWorker(store.file) || isSnapshotFresh(store, this.#options({unreadOnly: false}))) return;
		this.#briefing({unreadOnly: false}).catch(() => undefined);
	}

	onBriefingProgress(listener: (progress: BriefingProgress) => void): () => void {
		this.#progressListeners.add(listener);
		return () => {
			this.#progressListeners.delete(listener);
		};
	}

	/**
	 * Hears the briefings a computation delivers after the one getBriefing returned: a computation over many fresh
	 * articles returns its briefing before their quotes are read (Story.analysing), then delivers it again as they
	 * are, the last time complete.
	 */
	onBriefingUpdate(listener: (briefing: Briefing) => void): () => void {
		this.#updateListeners.add(listener);
		return () => {
			this.#updateListeners.delete(listener);
		};
	}

	/** Hands a briefing computed with `filter` to the update listeners, with the filter asked for last (see #wanted). */
	#deliver(briefing: Briefing, filter: BriefingFilter): void {
		const indexed = this.#indexed(filter.unreadOnly ? briefing : unreadFilter(briefing, this.#wanted.unreadOnly));
		for (const listener of this.#updateListeners) listener(indexed);
	}

	async cachedBriefing(filter: BriefingFilter): Promise<{briefing: Briefing; fresh: boolean} | undefined> {
		if (this.#context.sourceMode) return undefined;
		const latest = latestSnapshotBriefing(this.#context.store, this.#options(filter));
		return latest ? {briefing: this.#indexed(latest.briefing), fresh: latest.fresh} : undefined;
	}

	#options(filter: BriefingFilter): StoreBriefingOptions {
		const {settings, config, sourceMode} = this.#context;
		return {
			topics: effectiveTopics(config.data.topics),
			settings,
			unreadOnly: filter.unreadOnly,
			...(sourceMode ? {cache: false as const} : {}),
		};
	}

	/** Keeps the briefing, for storyOfArticle (search results and the starred list). */
	#indexed(briefing: Briefing): Briefing {
		this.#lastBriefing = briefing;
		this.#storyOf = undefined;
		this.#storyOfAddress = undefined;
		return briefing;
	}

	/**
	 * The stored snapshot when nothing it depends on changed (read marks applied: milliseconds), else the
	 * briefing computed afresh — in a worker thread when the app runs from the build, so keys stay responsive.
	 * A computation over many fresh articles answers with its first briefing, before their quotes are read, and
	 * delivers the later ones to onBriefingUpdate's listeners. One computation at a time: a second request waits
	 * for the first to complete, then usually finds its snapshot.
	 */
	async #briefing(filter: BriefingFilter): Promise<Briefing> {
		const {store, sourceMode} = this.#context;
		const options = this.#options(filter);
		// The analysis code loads only when a briefing is computed here; the snapshot and the worker need none of it.
		const inThread = async () => (await import('../briefing/from-store.js')).briefingFromStore(store, options);
		if (sourceMode) return inThread();
		this.#wanted = filter;
		for (let current = this.#computing; current; current = this.#computing) {
			// A computation under way that answers early (the app's start computes before the interface asks): its
			// briefing so far, also for a narrower filter (unread only); later updates come with the filter (#deliver).
			// Not when articles arrived since it began (a refresh): then its end, and a computation of its own.
			const same = options.cache === false || current.inputKey === snapshotKey(store, this.#options(current.filter));
			if (same && (filter.unreadOnly || !current.filter.unreadOnly)) {
				await current.first;
				if (this.#computing === current && current.early) return unreadFilter(current.early, filter.unreadOnly);
			}
			await current.complete.catch(() => undefined);
		}
		const snapshot = snapshotBriefing(store, options);
		if (snapshot) return snapshot;
		const inputKey = snapshotKey(store, options);
		// The first briefing the worker hands on early goes to the caller, the later ones to the update listeners.
		let firstArrived: () => void = () => undefined;
		const first = new Promise<void>((resolve) => {
			firstArrived = resolve;
		});
		let delivered: Briefing | undefined;
		const report = (progress: BriefingProgress) => {
			for (const listener of this.#progressListeners) listener(progress);
		};
		// The quote pass's progress waits until the caller has the first briefing (a turn of the event loop): shown
		// before it, the loading view would say "Reading quotes" with no stories to read them for.
		let held: BriefingProgress | undefined;
		let answered = false;
		const onProgress = (progress: BriefingProgress) => {
			if (progress.phase === 'quotes' && !answered) held = progress;
			else report(progress);
		};
		const onBriefing = (briefing: Briefing) => {
			const later = delivered !== undefined;
			delivered = briefing;
			current.early = briefing;
			if (later) {
				this.#deliver(briefing, filter);
				return;
			}
			firstArrived();
			setImmediate(() => {
				answered = true;
				if (held) report(held);
			});
		};
		// A worker that cannot start or dies (memory, a broken build) must not leave the app without a briefing.
		const computing = canComputeInWorker(store.file)
			? this.#worker.compute(store.file, options, onProgress, onBriefing).then(
					({briefing}) => briefing,
					async (error: unknown) => {
						// Out of memory even without the worker's limit: the UI thread would fare no better (and keys would wait).
						if (this.#closed || isOutOfMemory(error)) throw error;
						// The reader has a briefing already: computing it again here would hold the keys for seconds.
						if (delivered) return delivered;
						return inThread();
					},
				)
			: inThread();
		const complete = computing.then((computed) => {
			// Read marks set while the worker ran: its snapshot with today's marks, if nothing else changed meanwhile.
			const briefing = snapshotBriefing(store, options) ?? computed;
			if (delivered) {
				this.#deliver(briefing, filter);
				// bench/app measures a first launch until its briefing is complete.
				writeBenchMark('briefing-complete');
			}
			return briefing;
		});
		const current: Computation = {filter, inputKey, first, complete, early: undefined};
		this.#computing = current;
		const done = () => {
			if (this.#computing === current) this.#computing = undefined;
			firstArrived();
		};
		complete.then(done, done);
		await first;
		// The first briefing, or (none came early, or the computation ended meanwhile) the complete one or its error.
		return this.#computing === current && current.early ? current.early : complete;
	}

	/** Stops the briefing worker, also mid-computation: the app is quitting and nobody waits for it. */
	async close(): Promise<void> {
		this.#closed = true;
		// Quitting during a refresh: the fetches under way stop now. Without it q or Ctrl+C left a blank terminal for up
		// to the feed timeout (15 s) while a slow feed was still awaited, and only then gave the prompt back.
		this.#quit.abort();
		await this.#refreshing?.catch(() => undefined);
		await this.#worker.close();
	}

	async getArticle(uid: string): Promise<Article | undefined> {
		return this.#context.store.article(uid);
	}

	/** Marks these articles and every stored copy of them (same address, another feed): a story lists one of them. */
	async markRead(uids: string[], read: boolean): Promise<void> {
		const all = new Set(uids);
		for (const uid of uids) {
			for (const copy of this.#context.store.sameAs(uid)) all.add(copy);
		}

		this.#context.store.markRead([...all], read);
	}

	/** The story of an article in the last briefing: by its uid, else by its address (a copy the story left out). */
	storyOfArticle(article: {uid: string; url: string}): StoryEntry | undefined {
		this.#storyOf ??= storyIndex(this.#lastBriefing, false);
		const story = this.#storyOf.get(article.uid);
		if (story || !article.url) return story;
		this.#storyOfAddress ??= storyIndex(this.#lastBriefing, true);
		return this.#storyOfAddress.get(canonicalUrl(article.url));
	}

	async markSeen(storyIds: string[], at: string): Promise<void> {
		this.#context.store.markStoriesSeen(storyIds, at);
	}

	async storyNews(storyId: string, uids: readonly string[]): Promise<string[]> {
		const seen = Date.parse(this.#context.store.storyLastSeen(storyId) ?? '');
		if (!Number.isFinite(seen)) return [];
		// The list's rule, literally (rank.ts isNewReport over reportArrival): arrived after the look and not read. The
		// story screen asks before opening the story marks its reports read (read-marks.ts storyOpened), so a report
		// read elsewhere since the look (search, a feed's list) is not new, and one this visit is about to read is. One
		// query of times and marks: a story of a hundred reports read a hundred article texts on the UI thread.
		const arrivals = this.#context.store.arrivalTimes(uids);
		return uids.filter(uid => {
			const arrival = arrivals.get(uid);
			return arrival !== undefined && isNewReport(reportArrival(arrival), seen, arrival.read);
		});
	}

	async readCounts(): Promise<ReadCounts> {
		return this.#context.store.readCounts();
	}

	async feedUnreadCount(url: string): Promise<number> {
		return this.#context.store.feedUnreadCount(url);
	}

	async markFeedRead(url: string): Promise<{count: number; uids: string[]}> {
		return this.#context.store.markFeedRead(url);
	}

	async storeChange(): Promise<{stamp: string; refreshing: boolean}> {
		const {store} = this.#context;
		return {stamp: store.changeStamp(), refreshing: store.refreshingElsewhere() !== undefined};
	}

	async isRead(uid: string): Promise<boolean> {
		return this.#context.store.article(uid)?.read ?? false;
	}

	async toggleStar(uid: string): Promise<boolean> {
		const starred = !(this.#context.store.article(uid)?.starred ?? false);
		this.#context.store.setStarred([uid], starred);
		return starred;
	}

	async peopleWindow(window: Exclude<PeopleWindowName, 'briefing'>, onProgress?: (done: number, total: number) => void): Promise<PeopleInWindow> {
		// Loaded when first asked: most sessions never widen the People screen.
		const {loadPeopleWindow} = await import('./people-window.js');
		// As the briefing's: the week ends at the newest article stored, so an old cache (the bundled snapshots, a first
		// start offline) still has its week; it was empty, and a new user's first look at p then w showed nobody.
		// Undated items (dated when fetched, so always "now") do not count, as in the briefing's window.
		const now = Date.now();
		const newest = this.#context.store.articleTimes().reduce((latest, time) => (time.publishedEstimated ? latest : Math.max(latest, Date.parse(time.published) || 0)), 0);
		return loadPeopleWindow(this.#context.store, window, new Date(newest > 0 ? Math.min(newest, now) : now), onProgress);
	}

	async listStarred(): Promise<StarredArticle[]> {
		return this.#context.store.starred().map((article: StoredArticle) => {
			const story = this.storyOfArticle(article);
			return {...toRef(article), ...(story ? {storyId: story.id} : {})};
		});
	}

	async search(query: string): Promise<SearchHit[]> {
		const hits = this.#context.store.search(query, {limit: 200});
		// The read marks of all hits in one query, as storyNews reads them.
		const marks = this.#context.store.arrivalTimes(hits.map(hit => hit.uid));
		return hits.map(hit => {
			const story = this.storyOfArticle(hit);
			return {
				article: toRef(hit),
				snippet: hit.snippet,
				read: marks.get(hit.uid)?.read ?? false,
				...(story ? {storyId: story.id, storyHeadline: story.headline} : {}),
			};
		});
	}

	async feedArticles(url: string): Promise<FeedArticle[]> {
		return this.#context.store.articles({feedUrls: [url], limit: 1000}).map(article => ({article: toRef(article), read: article.read}));
	}

	async listFeeds(): Promise<FeedRow[]> {
		const states = new Map(this.#context.store.feedStates().map(state => [state.url, state]));
		return this.#feeds().map(config => {
			const state = states.get(config.url);
			return state ? {config, state} : {config};
		});
	}

	async addFeed(feed: FeedConfig, listener?: AddFeedListener, options: {typedWithoutScheme?: boolean} = {}): Promise<AddedFeed | void> {
		const add = async (url: string, ownTitle?: string) => {
			const next = addFeed(await this.#configuredFeeds(), {url, title: feed.title, tags: feed.tags});
			await this.#saveFeeds(next);
			// As `feeds add`: the title found is the feed's own (the store's), never written into the config.
			if (ownTitle) this.#context.store.setFeedTitle(next.at(-1)!.url, ownTitle);
		};
		// Refused (bad address, duplicate, not http(s)) before anything goes over the network.
		addFeed(await this.#configuredFeeds(), {url: feed.url, title: feed.title, tags: feed.tags});
		if (this.#context.offline) {
			await add(feed.url);
			return;
		}

		// As `lagebild feeds add`: a web page leads to the first working feed it names.
		const {feedToAdd, pageFeedToAdd} = await import('../feeds/discover.js');
		const found = await feedToAdd(feed.url, this.#context.settings, undefined, options);
		if (found.kind === 'unreachable') {
			// As `feeds add` warns: an address guessed wrong ("example.org/rss" taken as https) was added without a word.
			await add(feed.url);
			listener?.unchecked?.(found.reason);
			return;
		}

		if (found.kind !== 'page') {
			await add(found.feed.url, found.feed.title);
			// "localhost:8080/rss" typed, taken as https, answered only over http: added so, and said.
			return found.feed.url === feed.url ? undefined : {url: found.feed.url, title: found.feed.title, namedByPage: 0, overHttp: true};
		}

		// A site's main feed may be in the list already: the next one the page names is added then.
		const listed = await this.#configuredFeeds();
		const first = pageFeedToAdd(found.feeds as [FoundFeed, ...FoundFeed[]], url => listed.some(known => feedUrlKey(known.url) === feedUrlKey(url)));
		await add(first.url, first.title);
		return {url: first.url, title: first.title, namedByPage: found.feeds.length};
	}

	async removeFeed(url: string): Promise<void> {
		if (this.#sourceFeeds.some(feed => feed.url === url)) throw new Error('this feed is one of the --source files; it is not in the configured list');
		await this.#saveFeeds(removeFeed(await this.#configuredFeeds(), url).feeds);
		// As `lagebild feeds remove`: a feed no longer listed takes its stored articles with it, or its stories stay in
		// the briefing until retention (the app and the command line disagreed; review V18 #5).
		this.#context.store.removeFeed(url);
	}

	async removeFeeds(urls: readonly string[]): Promise<void> {
		const gone = new Set(urls);
		const feeds = await this.#configuredFeeds();
		// One write for all (the import's 25 copied defaults were 25 writes); the articles go only once it succeeded.
		await this.#saveFeeds(feeds.filter(feed => !gone.has(feed.url)));
		for (const feed of feeds) if (gone.has(feed.url)) this.#context.store.removeFeed(feed.url);
	}

	async updateFeed(url: string, changes: Partial<Pick<FeedConfig, 'title' | 'tags'>>): Promise<void> {
		await this.#saveFeeds(updateFeed(await this.#configuredFeeds(), url, changes as FeedChanges));
	}

	async setEnabled(url: string, enabled: boolean): Promise<void> {
		await this.#saveFeeds(updateFeed(await this.#configuredFeeds(), url, {enabled}));
	}

	async importOpml(path: string): Promise<OpmlImportResult> {
		// Like `lagebild feeds import`: an imported list replaces the defaults rather than joining them.
		const {importOpmlFile} = await import('../config/opml-file.js');
		const result = await importOpmlFile(this.#context.config, path);
		await this.#saveFeeds(this.#context.config.data.feeds);
		// As `feeds import` names them (walk 11 #226): the defaults a first add copied, untouched, that the file does not name.
		const copies = result.added.length > 0 && !this.#context.sourceMode
			? copiedDefaults(this.#context.config.data.feeds, (await import('../commands/default-feeds.js')).loadDefaultFeeds(), result.named)
			: [];
		// Skipped: duplicates and newsboat lines that are no feed or could not be read, as `feeds import` counts them.
		return {
			added: result.added.length, skipped: result.duplicates + result.notFeeds + result.unreadableLines.length,
			...(copies.length > 0 ? {copiedDefaults: copies.map(feed => feed.url)} : {}),
		};
	}

	async exportOpml(path: string): Promise<number> {
		const {exportOpmlFile} = await import('../config/opml-file.js');
		return exportOpmlFile(this.#feeds(), path);
	}

	async refresh(target: {feedUrl?: string; background?: boolean}, onProgress: Parameters<AppServices['refresh']>[1]): Promise<AppRefreshSummary> {
		// The feeds listed are the store's, not the user's list: fetching them would bring back feeds they removed.
		if (this.#context.configProblem) throw new ConfigError({key: 'configUnreadable', params: {path: this.#context.config.path}});
		if (this.#feeds().length === 0) throw new Error(emptyFeedListMessage);
		const feeds = this.#feeds().filter(feed => (target.feedUrl ? feed.url === target.feedUrl : feed.enabled));
		if (this.#context.offline) {
			return {results: [], ok: 0, notModified: 0, failed: 0, newArticles: 0, durationMs: 0};
		}

		const refreshing = this.#refreshFeeds(feeds, target, onProgress);
		this.#refreshing = refreshing;
		try {
			return await refreshing;
		} finally {
			if (this.#refreshing === refreshing) this.#refreshing = undefined;
		}
	}

	async #refreshFeeds(feeds: FeedConfig[], target: {feedUrl?: string; background?: boolean}, onProgress: Parameters<AppServices['refresh']>[1]): Promise<AppRefreshSummary> {
		const {store, settings} = this.#context;
		const signal = this.#quit.signal;
		const {refreshFeeds} = await import('../feeds/refresh.js');
		if (this.#context.sourceMode) return refreshFeeds(feeds, {settings, store, onProgress, signal});
		// A background refresh of the whole list is polite (feeds/schedule.ts); one feed asked for by name is asked.
		const background = target.background === true && !target.feedUrl;
		// What retention skipped or let back is said as `lagebild refresh` says it: "0 new articles" alone left a feed of old
		// items looking empty, "1057 new articles" after retentionDays was raised looking like a flood of news.
		const {result: summary, skippedOld, returned} = await refreshWithinRetention(store, settings, async () => refreshFeeds(feeds, {settings, store, onProgress, background, signal}));
		retainAfterRefresh(store, settings, summary);
		// Feeds that moved for good (301 / 308) get their new address in config.json and the store (config/feed-moves.ts).
		if (summary.results.some(result => result.movedTo) && !this.#context.usingDefaultFeeds) {
			const {applyFeedMoves} = await import('../config/feed-moves.js');
			const moves = await applyFeedMoves(summary.results, this.#context.config, store, true);
			if (moves.some(move => move.outcome === 'updated')) this.#context.feeds = [...this.#sourceFeeds, ...this.#context.config.data.feeds];
		}
		return {...summary, ...(skippedOld > 0 ? {skippedOld} : {}), ...(returned > 0 ? {returned} : {})};
	}

	async fetchFullText(uid: string): Promise<Article> {
		const {store, settings} = this.#context;
		const article = store.article(uid);
		if (!article) throw new Error('the article is no longer stored');
		// --offline means no network (README, DESIGN): the page is not fetched, the browser can still open it.
		if (this.#context.offline) throw new Error(offlineFullTextMessage);
		const {fetchArticleText} = await import('../feeds/full-text.js');
		const {text, links} = await fetchArticleText(article.url, settings);
		store.setFullText(uid, text, links);
		return store.article(uid) ?? {...article, content: text, links};
	}

	async listTopics(): Promise<TopicDefinition[]> {
		return effectiveTopics(this.#context.config.data.topics);
	}

	async saveTopics(topics: TopicDefinition[]): Promise<void> {
		await this.#context.config.update({topics});
	}

	async openUrl(url: string): Promise<void> {
		await this.#openUrl(url);
	}

	settings() {
		return this.#context.settings;
	}

	retentionDays(): number {
		return retentionInEffect(this.#context);
	}

	keymapOverrides(): Record<string, string[]> {
		return this.#context.config.data.keymap;
	}

	offline(): boolean {
		return this.#context.offline;
	}

	async holdsFetchedNews(): Promise<boolean> {
		return this.#context.store.holdsFetchedArticles();
	}

	configProblem(): {file: string; problem: string} | undefined {
		const {unreadable, path: file} = this.#context.config;
		// The path goes to the header; the status row has room for the problem only when it says config.json.
		return unreadable === undefined ? undefined : {file, problem: unreadable.replace(`config file ${file}`, path.basename(file)).replace(file, path.basename(file))};
	}

	#feeds(): FeedConfig[] {
		return this.#context.feeds;
	}

	/**
	 * The list edits start from: the configured feeds (an empty list too), or the defaults in use when none are configured yet
	 * (copied, so an edit does not silently drop them). With --source, edits go to the configured list too.
	 */
	async #configuredFeeds(): Promise<FeedConfig[]> {
		const {feeds, feedsConfigured} = this.#context.config.data;
		// The default list's module holds the XML parser: loaded when the list is first edited, not at every start.
		return feedsConfigured || this.#context.sourceMode ? feeds : (await import('../commands/default-feeds.js')).loadDefaultFeeds();
	}

	async #saveFeeds(feeds: FeedConfig[]): Promise<void> {
		await this.#context.config.update({feeds});
		this.#context.feeds = [...this.#sourceFeeds, ...feeds];
		this.#context.usingDefaultFeeds = false;
	}
}
