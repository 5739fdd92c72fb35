// Feeds that moved for good (301 / 308 to a feed that reads): the new address goes into the feed list and the store.

import type {FeedConfig} from '../model/feed.js';
import type {FeedRefreshResult} from '../model/refresh.js';
import type {ConfigFile} from './config-file.js';
import {findFeed} from './feed-list.js';

/** Where the store keeps a feed by its URL (ArticleStore.moveFeed). */
export interface FeedMoveStore {
	moveFeed(from: string, to: string): boolean;
}

/** What became of a permanent move: the refresh prints it in the user's language (i18n/cli-text.ts feedMoved). */
export type FeedMoveOutcome = 'updated' | 'already-listed' | 'already-stored' | 'not-listed';

/** One permanent move seen by a refresh, and what became of it. */
export interface FeedMove {
	from: string;
	to: string;
	title: string;
	/** 'updated': list and store carry the new address; otherwise why nothing changed. */
	outcome: FeedMoveOutcome;
}

/**
 * The list with one feed's address changed, its title, tags, enabled flag and language kept.
 * Undefined when `from` is not in the list or `to` already is (a second entry would fetch the same feed twice).
 */
export function movedFeedList(feeds: readonly FeedConfig[], from: string, to: string): FeedConfig[] | undefined {
	const target = feeds.find(feed => feed.url === from);
	if (!target) return undefined;
	const existing = findFeed(feeds, to);
	if (existing && existing !== target) return undefined;
	return feeds.map(feed => (feed === target ? {...feed, url: to} : feed));
}

/**
 * Applies the permanent moves of a refresh's results: each moved feed gets its new address in the store (state,
 * validators, articles and their read marks stay with it) and in config.json (one write for all).
 * `listed`: the feeds come from config.json (not the default list or --source files), so the list may change.
 */
export async function applyFeedMoves(results: readonly FeedRefreshResult[], config: ConfigFile, store: FeedMoveStore, listed: boolean): Promise<FeedMove[]> {
	const moved = results.filter((result): result is FeedRefreshResult & {movedTo: string} => Boolean(result.movedTo) && result.movedTo !== result.url);
	if (moved.length === 0) return [];
	const moves: FeedMove[] = [];
	let feeds = config.data.feeds;
	const done: Array<{from: string; to: string}> = [];
	for (const result of moved) {
		const move = (outcome: FeedMove['outcome']): void => {
			moves.push({from: result.url, to: result.movedTo, title: result.title, outcome});
		};
		if (!listed || !feeds.some(feed => feed.url === result.url)) {
			move('not-listed');
			continue;
		}
		const next = movedFeedList(feeds, result.url, result.movedTo);
		if (!next) {
			move('already-listed');
			continue;
		}
		if (!store.moveFeed(result.url, result.movedTo)) {
			move('already-stored');
			continue;
		}
		feeds = next;
		done.push({from: result.url, to: result.movedTo});
		move('updated');
	}
	if (done.length > 0) {
		try {
			await config.update({feeds});
		} catch (error) {
			// The list could not be written: the store goes back to the addresses the list still has.
			for (const {from, to} of done.reverse()) store.moveFeed(to, from);
			throw error;
		}
	}
	return moves;
}
