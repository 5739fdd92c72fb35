// Changes to the configured feed list as pure functions: add, remove, merge an import.

import type {FeedConfig} from '../model/feed.js';
import {sanitizeLine} from '../text/sanitize.js';
import {FeedUrlError, feedId, feedUrlKey, parseFeedUrl} from './feed-url.js';

export interface NewFeed {
	url: string;
	title?: string;
	tags?: string[];
	language?: string;
	enabled?: boolean;
}

/** Unique, trimmed, non-empty tags in their first spelling, without control or escape characters. */
export function cleanTags(tags: readonly string[]): string[] {
	const seen = new Set<string>();
	const result: string[] = [];
	for (const raw of tags) {
		const tag = sanitizeLine(raw);
		const key = tag.toLowerCase();
		if (tag !== '' && !seen.has(key)) {
			seen.add(key);
			result.push(tag);
		}
	}

	return result;
}

export function findFeed(feeds: readonly FeedConfig[], urlOrId: string): FeedConfig | undefined {
	const wanted = urlOrId.trim();
	if (/^[\da-f]{4,40}$/i.test(wanted)) {
		const matches = feeds.filter(feed => feedId(feed.url).startsWith(wanted.toLowerCase()));
		if (matches.length === 1) {
			return matches[0];
		}
	}

	const key = feedUrlKey(wanted);
	return feeds.find(feed => feedUrlKey(feed.url) === key);
}

/** Returns the list with the feed added; throws FeedUrlError for a bad or duplicate URL. */
export function addFeed(feeds: readonly FeedConfig[], feed: NewFeed): FeedConfig[] {
	const url = parseFeedUrl(feed.url);
	const existing = findFeed(feeds, url);
	if (existing) {
		throw new FeedUrlError({key: 'alreadyListed', params: {url: `${existing.url}${existing.title ? ` (${existing.title})` : ''}`}});
	}

	// Titles come from OPML files and newsboat lists of the web as well as from the user: no escape reaches a terminal.
	const added: FeedConfig = {url, title: sanitizeLine(feed.title ?? ''), tags: cleanTags(feed.tags ?? []), enabled: feed.enabled ?? true};
	if (feed.language) {
		added.language = feed.language;
	}

	return [...feeds, added];
}

export function removeFeed(feeds: readonly FeedConfig[], urlOrId: string): {feeds: FeedConfig[]; removed: FeedConfig} {
	const removed = findFeed(feeds, urlOrId);
	if (!removed) {
		throw new FeedUrlError({key: 'noSuchFeed', params: {id: JSON.stringify(urlOrId)}});
	}

	return {feeds: feeds.filter(feed => feed !== removed), removed};
}

export interface MergeResult {
	feeds: FeedConfig[];
	added: FeedConfig[];
	/** One line per feed left out, saying why. */
	notes: string[];
	/** The same, by the feed's place in `incoming`: a duplicate, or an address that is no feed's. */
	skipped: Array<{index: number; duplicate: boolean; note: string}>;
}

/** Adds imported feeds that are not in the list yet; duplicates and bad URLs are skipped with a note. */
export function mergeFeeds(feeds: readonly FeedConfig[], incoming: readonly NewFeed[]): MergeResult {
	let list = [...feeds];
	const added: FeedConfig[] = [];
	const notes: string[] = [];
	const skipped: MergeResult['skipped'] = [];
	for (const [index, feed] of incoming.entries()) {
		const existing = findFeed(list, feed.url);
		if (existing) {
			notes.push(`skipped ${feed.url}: already in the feed list${existing.url === feed.url ? '' : ` as ${existing.url}`}`);
			skipped.push({index, duplicate: true, note: notes.at(-1)!});
			continue;
		}

		try {
			list = addFeed(list, feed);
			added.push(list.at(-1)!);
		} catch (error) {
			if (!(error instanceof FeedUrlError)) {
				throw error;
			}

			notes.push(`skipped ${feed.url}: ${error.message}`);
			skipped.push({index, duplicate: false, note: notes.at(-1)!});
		}
	}

	return {feeds: list, added, notes, skipped};
}

export type FeedChanges = Partial<Pick<FeedConfig, 'title' | 'tags' | 'enabled' | 'language'>>;

/** Returns the list with one feed changed (rename, retag, enable or disable). */
export function updateFeed(feeds: readonly FeedConfig[], urlOrId: string, changes: FeedChanges): FeedConfig[] {
	const target = findFeed(feeds, urlOrId);
	if (!target) {
		throw new FeedUrlError({key: 'noSuchFeed', params: {id: JSON.stringify(urlOrId)}});
	}

	const changed: FeedConfig = {...target};
	if (changes.title !== undefined) {
		changed.title = sanitizeLine(changes.title);
	}

	if (changes.tags !== undefined) {
		changed.tags = cleanTags(changes.tags);
	}

	if (changes.enabled !== undefined) {
		changed.enabled = changes.enabled;
	}

	if (changes.language !== undefined) {
		if (changes.language === '') {
			delete changed.language;
		} else {
			changed.language = changes.language;
		}
	}

	return feeds.map(feed => (feed === target ? changed : feed));
}
