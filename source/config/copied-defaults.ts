// The default feeds a first edit copied into the list, still as copied: what an import of one's own list offers to drop.

import type {FeedConfig} from '../model/feed.js';
import {feedUrlKey} from './feed-url.js';

function sameEntry(a: FeedConfig, b: FeedConfig): boolean {
	return a.title === b.title && a.enabled === b.enabled && a.tags.length === b.tags.length && a.tags.every((tag, index) => tag === b.tags[index]);
}

/**
 * The configured entries that are the bundled default list as a first `feeds add` (or a in the app) copied it, less
 * those `named` (the imported file lists them: chosen). Nothing when any default is gone, retitled, retagged or
 * switched off — the user has worked on the list — or when the list holds nothing besides them.
 */
export function copiedDefaults(feeds: readonly FeedConfig[], defaults: readonly FeedConfig[], named: readonly string[] = []): FeedConfig[] {
	const configured = new Map(feeds.map(feed => [feedUrlKey(feed.url), feed]));
	const copies: FeedConfig[] = [];
	for (const feed of defaults) {
		const copy = configured.get(feedUrlKey(feed.url));
		if (!copy || !sameEntry(copy, feed)) return [];
		copies.push(copy);
	}

	if (feeds.length <= copies.length) return [];
	const chosen = new Set(named.map(url => feedUrlKey(url)));
	return copies.filter(copy => !chosen.has(feedUrlKey(copy.url)));
}
