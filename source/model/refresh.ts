// The contract between refresh orchestration (feeds/) and the store (store/).

import type {Article} from './article.js';
import type {ErrorText} from '../i18n/error-keys.js';
import type {FeedConfig, FeedState, Settings} from './feed.js';

export interface RefreshStore {
	/** The feed's stored state; `title` is the feed's own title as last stored, which names it when a fetch fails. */
	getFeedState(url: string): (FeedState & {title?: string}) | undefined;
	/** The feeds with a validator (ETag or Last-Modified) to revalidate with: the others will send a body. */
	validatedFeedUrls(): ReadonlySet<string>;
	/**
	 * Stores one feed's outcome in a single transaction: its new state and (for a successful fetch)
	 * its articles. All or nothing. Returns how many articles were new to the store.
	 */
	commitFeed(state: FeedState, articles: Article[]): number;
	/**
	 * Optional: several feeds' outcomes in one transaction, each feed still all or nothing. Returns, in
	 * order, each feed's count of new articles or the Error that kept that feed from being stored.
	 */
	commitFeeds?(commits: readonly FeedCommit[]): Array<number | Error>;
	/**
	 * Optional: in one query, the feeds that may have to wait (Retry-After, failing, a freshness hint, gone), keyed by URL.
	 * A store without it has every feed asked on every refresh.
	 */
	refreshHolds?(): ReadonlyMap<string, FeedHold>;
	/**
	 * Optional: takes the store's refresh lock for this process and returns its release; throws (RefreshBusyError) while
	 * another live process refreshes the same store. A store without it is not shared.
	 */
	lockRefresh?(): () => void;
}

/** What decides whether a refresh asks a feed now (see feeds/schedule.ts). */
export type FeedHold = Pick<FeedState, 'lastFetch' | 'failures' | 'retryAfter' | 'freshUntil' | 'gone'>;

/** One feed's outcome, as handed to RefreshStore.commitFeeds. */
export interface FeedCommit {
	state: FeedState;
	articles: Article[];
}

/** 'waiting': not asked, since the server asked for time (Retry-After); `error` then says until when. */
export type FeedOutcome = 'ok' | 'not-modified' | 'error' | 'waiting';

export interface FeedRefreshResult {
	url: string;
	title: string;
	outcome: FeedOutcome;
	/** For errors: one readable line ("timeout after 15 s", "HTTP 404", "not a feed (got text/html)"). */
	error: string;
	/** The error by key, for the command line's and the interface's language, when a key fits it. */
	errorText?: ErrorText;
	newArticles: number;
	items: number;
	durationMs: number;
	/** The address permanent redirects (301 / 308) led to, for a feed read there (ok or not modified); see feeds/feed-moves.ts. */
	movedTo?: string;
}

export interface RefreshProgress {
	done: number;
	total: number;
	failed: number;
	last?: FeedRefreshResult;
}

export interface RefreshSummary {
	results: FeedRefreshResult[];
	ok: number;
	notModified: number;
	failed: number;
	newArticles: number;
	durationMs: number;
	/** Feeds not asked because the server asked for time (outcome 'waiting'). */
	waiting?: number;
	/** Feeds a background refresh left out (failing, gone, fresh by their own hint, or waiting); not in `results`. */
	skipped?: number;
}

export interface RefreshOptions {
	settings: Settings;
	store: RefreshStore;
	onProgress?: (progress: RefreshProgress) => void;
	signal?: AbortSignal;
	/** Fetch time to stamp on articles; defaults to now. */
	now?: Date;
	/**
	 * A refresh nobody asked for just now (the app's timer): it leaves out failing feeds between their back-off steps,
	 * feeds gone (410) and feeds fresh by their own hint. Every refresh honours a server's Retry-After.
	 */
	background?: boolean;
}

export type RefreshFeeds = (feeds: FeedConfig[], options: RefreshOptions) => Promise<RefreshSummary>;
