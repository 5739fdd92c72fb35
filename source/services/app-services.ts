// The app's only door to the outside world: everything the UI reads or changes goes through AppServices (StoreServices implements it).

import type {PeopleInWindow, PeopleWindowName} from '../briefing/people-window.js';
import type {Article} from '../model/article.js';
import type {Briefing, BriefingArticleRef} from '../model/briefing.js';
import type {BriefingProgress} from '../model/briefing-progress.js';
import type {FeedConfig, FeedState, Settings} from '../model/feed.js';
import type {RefreshProgress, RefreshSummary} from '../model/refresh.js';
import type {TopicDefinition} from '../model/topic.js';

export interface BriefingFilter {
	unreadOnly: boolean;
}

export interface FeedRow {
	config: FeedConfig;
	/** Undefined until the feed was fetched once; `title` is the name the feed gives itself, when the store knows it. */
	state?: FeedState & {title?: string};
}

export interface SearchHit {
	article: BriefingArticleRef;
	/** The story the article belongs to in the current briefing, when it is part of one. */
	storyId?: string;
	storyHeadline?: string;
	/** A short piece of text around the match. */
	snippet: string;
	/** Its read mark, as a feed's list shows it (walk 13 #257). */
	read: boolean;
}

/** One stored article of a feed, with its read mark (the feed's own list in the feed manager). */
export interface FeedArticle {
	article: BriefingArticleRef;
	read: boolean;
}

/** How many articles are stored and unread: per feed (the feed manager's column) and in all (the status row). */
export interface ReadCounts {
	/** By feed URL, each article as the feed's own list shows it; a feed with nothing stored is absent. */
	feeds: ReadonlyMap<string, {stored: number; unread: number}>;
	/** The whole store, copies of one address in several feeds counted once (one report in a story). */
	stored: number;
	unread: number;
}

export interface StarredArticle extends BriefingArticleRef {
	storyId?: string;
}

export interface OpmlImportResult {
	added: number;
	skipped: number;
	/**
	 * The default feeds a first add copied into the list, all still there as copied, less those the file names (chosen):
	 * what the feed manager offers to remove after the import (config/copied-defaults.ts). Absent or empty: nothing to offer.
	 */
	copiedDefaults?: string[];
}

export interface RefreshTarget {
	/** Only this feed; all enabled feeds when absent. */
	feedUrl?: string;
	/** Nobody asked just now (the timer, the start): failing, gone and fresh-by-their-hint feeds are left for later. */
	background?: boolean;
}

/** A refresh's summary with what the retention setting did to it, as `lagebild refresh` says it under its summary. */
export interface AppRefreshSummary extends RefreshSummary {
	/** Items older than retentionDays that were not stored (counted once: the next refresh does not count them again). */
	skippedOld?: number;
	/** Of the new articles, those the retention setting had removed or skipped before and lets back now. */
	returned?: number;
}

/**
 * What `addFeed` added when it is not the address given: the feed a web page names (and how many it named), or the
 * address over http when it was typed without a scheme and only a plain http server answers it (`overHttp`).
 */
export interface AddedFeed {
	url: string;
	title: string;
	/** How many working feeds the page named (the first is the one added); 0 for a feed added over http. */
	namedByPage: number;
	overHttp?: boolean;
}

/** What the caller of `addFeed` may hear besides its answer. */
export interface AddFeedListener {
	/**
	 * The address could not be checked (no answer, TLS, HTTP 404…) and was added as typed all the same; `reason` as the
	 * fetch says it ("connection refused", "HTTP 404 Not Found").
	 */
	unchecked?(reason: string): void;
}

export interface AppServices {
	getBriefing(filter: BriefingFilter): Promise<Briefing>;
	/**
	 * The last computed briefing at once, and whether it is still current (fresh). The app shows it
	 * while getBriefing computes, so a start never waits for the analysis when there is something to show.
	 */
	cachedBriefing(filter: BriefingFilter): Promise<{briefing: Briefing; fresh: boolean} | undefined>;
	/**
	 * Hears how far a briefing computation that takes a while has got (a few times a second at most),
	 * also one started before the listener was added. Returns the function that removes the listener.
	 */
	onBriefingProgress(listener: (progress: BriefingProgress) => void): () => void;
	/**
	 * Hears the briefings a computation delivers after the one getBriefing returned — one over many fresh
	 * articles returns before their quotes are read (stories marked Story.analysing) and delivers the briefing again as
	 * they are, the last time complete. Returns the function that removes the listener.
	 */
	onBriefingUpdate(listener: (briefing: Briefing) => void): () => void;
	/** The full article, or undefined when it is no longer stored. */
	getArticle(uid: string): Promise<Article | undefined>;
	markRead(uids: string[], read: boolean): Promise<void>;
	/**
	 * The reader has seen these stories as they were at `at` (ISO time): what arrived until then is no
	 * longer marked new (+) next time; later reports to them are.
	 */
	markSeen(storyIds: string[], at: string): Promise<void>;
	/**
	 * Of these reports of a story, the ones that arrived after the reader last saw the story (markSeen) and are unread:
	 * what is new in a story read before (asked before opening the story marks its reports read). None for a story
	 * never seen (all of it is new, nothing to point out).
	 */
	storyNews(storyId: string, uids: readonly string[]): Promise<string[]>;
	/** Stored and unread articles per feed and in all (walk 13 #250, #251). */
	readCounts(): Promise<ReadCounts>;
	/** All of a feed's unread articles, not only those its list reads (A's question; review V18 #14). */
	feedUnreadCount(url: string): Promise<number>;
	/** Marks every article of the feed read, and their copies in other feeds: `count` the feed's, `uids` all marked. */
	markFeedRead(url: string): Promise<{count: number; uids: string[]}>;
	/**
	 * What the store's articles and feed rows look like now, in a word that changes with any of them (read marks aside),
	 * in this process or another (`lagebild refresh` from cron, walk 13 #256); `refreshing`: another process is
	 * refreshing it right now, so its articles are still arriving.
	 */
	storeChange(): Promise<{stamp: string; refreshing: boolean}>;
	/** Whether this article is read (m toggles it; a story's unread mark follows its articles'). */
	isRead(uid: string): Promise<boolean>;
	/** Returns the new starred state. */
	toggleStar(uid: string): Promise<boolean>;
	listStarred(): Promise<StarredArticle[]>;
	/**
	 * Everyone quoted in the stored articles of a wider window than the briefing's (7 days, everything),
	 * off the UI thread; `onProgress` hears how many articles were read.
	 */
	peopleWindow(window: Exclude<PeopleWindowName, 'briefing'>, onProgress?: (done: number, total: number) => void): Promise<PeopleInWindow>;
	search(query: string): Promise<SearchHit[]>;
	listFeeds(): Promise<FeedRow[]>;
	/** The stored articles of one feed, newest first (Enter on a feed in the feed manager). */
	feedArticles(url: string): Promise<FeedArticle[]>;
	/**
	 * Throws an Error with a readable message when the feed cannot be added (bad URL, duplicate, an address that leads
	 * to no feed). May add another address than the one typed (the feed a web page names): it says which.
	 */
	addFeed(feed: FeedConfig, listener?: AddFeedListener, options?: {typedWithoutScheme?: boolean}): Promise<AddedFeed | void>;
	removeFeed(url: string): Promise<void>;
	/**
	 * Removes several feeds with one write of the config file, then their stored articles. A write that fails (the
	 * error names the file) removes nothing, from the list or the store. Addresses no longer listed are passed over.
	 */
	removeFeeds(urls: readonly string[]): Promise<void>;
	updateFeed(url: string, changes: Partial<Pick<FeedConfig, 'title' | 'tags'>>): Promise<void>;
	setEnabled(url: string, enabled: boolean): Promise<void>;
	importOpml(path: string): Promise<OpmlImportResult>;
	/** Returns the number of feeds written. */
	exportOpml(path: string): Promise<number>;
	refresh(target: RefreshTarget, onProgress: (progress: RefreshProgress) => void): Promise<AppRefreshSummary>;
	/** Fetches the article page, stores its extracted text and returns the updated article. */
	fetchFullText(uid: string): Promise<Article>;
	listTopics(): Promise<TopicDefinition[]>;
	saveTopics(topics: TopicDefinition[]): Promise<void>;
	openUrl(url: string): Promise<void>;
	settings(): Settings;
	/** Days after which the store removes articles; 0 when nothing is removed (retention off, or --source reading its files whole). */
	retentionDays(): number;
	/** Action name → keys, from the user's config; checked by resolveKeymap. */
	keymapOverrides(): Record<string, string[]>;
	/**
	 * The config file that cannot be read and what is wrong with it ("config.json is not valid JSON (… at
	 * line 3, column 5)"), when the app reads past it with the defaults; nothing is fetched or saved to it then.
	 * Undefined while it reads fine.
	 */
	configProblem(): {file: string; problem: string} | undefined;
	/** Started with --offline (F fetches nothing then; the reader does not offer it). */
	offline(): boolean;
	/**
	 * Whether the store holds news of feeds ever fetched (any article not from the bundled snapshots): then the
	 * briefing is not sample news, though the feeds in use have not answered yet (a list just replaced).
	 */
	holdsFetchedNews(): Promise<boolean>;
}
