// Feeds as the user configures them, and what the store remembers about each.

import type {ErrorText} from '../i18n/error-keys.js';

export interface FeedConfig {
	url: string;
	title: string;
	tags: string[];
	enabled: boolean;
	/** Language of the feed when known ("de", "en"); otherwise detected per article. */
	language?: string;
}

export type FeedStatus = 'new' | 'ok' | 'not-modified' | 'error';

export interface FeedState {
	url: string;
	status: FeedStatus;
	/** One line a person can read, in English: "timeout after 10 s", "HTTP 500", "XML error at line 3: …". */
	error: string;
	/** The error by key, for the interface's language; absent for words no key fits and for errors older versions stored. */
	errorText?: ErrorText;
	lastFetch: string | null;
	lastSuccess: string | null;
	etag: string | null;
	lastModified: string | null;
	articleCount: number;
	/** Consecutive failed fetches; 0 (or absent) after a success. */
	failures?: number;
	/** When the current run of failures began; null while the feed works. */
	failingSince?: string | null;
	/** The server asked (Retry-After on HTTP 429 / 503) not to be asked again before this time. */
	retryAfter?: string | null;
	/** The feed's own hint (Cache-Control max-age): the background refresh does not ask it before this time. */
	freshUntil?: string | null;
	/** The server answered 410 Gone: the background refresh no longer asks it. */
	gone?: boolean;
}

export interface Settings {
	concurrency: number;
	timeoutSeconds: number;
	maxBodyBytes: number;
	maxItemsPerFeed: number;
	maxArticleChars: number;
	retentionDays: number;
	autoRefreshMinutes: number;
	/** "en" | "de" | "auto" (from LANG / LC_ALL). */
	uiLanguage: string;
	storyWindowHours: number;
}

export const defaultSettings: Settings = {
	concurrency: 64,
	timeoutSeconds: 15,
	maxBodyBytes: 10 * 1024 * 1024,
	maxItemsPerFeed: 500,
	maxArticleChars: 200_000,
	retentionDays: 30,
	autoRefreshMinutes: 0,
	uiLanguage: 'auto',
	storyWindowHours: 48,
};
