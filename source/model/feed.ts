// Feeds as the user configures them, and what the store remembers about each.

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
	/** One line a person can read: "timeout after 10 s", "HTTP 500", "XML error at line 3: …". */
	error: string;
	lastFetch: string | null;
	lastSuccess: string | null;
	etag: string | null;
	lastModified: string | null;
	articleCount: number;
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
