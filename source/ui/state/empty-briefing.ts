// What the briefing says while no article is stored: why (offline, no feed on, every feed failed, all too old) and what to do.

import type {FeedRow} from '../../services/app-services.js';
import {count, format, type Messages} from '../../i18n/index.js';
import type {UiState} from './types.js';

export interface EmptyBriefingFacts {
	/** Started with --offline: nothing is fetched. */
	offline: boolean;
	retentionDays: number;
}

/** True when the briefing is loaded and holds no story at all (not a filter that hides the read ones). */
export function briefingIsEmpty(state: Pick<UiState, 'briefing' | 'unreadOnly'>): boolean {
	return state.briefing !== null && !state.unreadOnly && state.briefing.topics.every(topic => topic.stories.length === 0);
}

/**
 * A list of one's own starts with an empty store (the bundled snapshots fill only the default list's): an empty screen
 * with "No stories here" left the reader guessing whether the app was broken. The reason comes from what the app
 * knows: the feed list (once loaded), --offline, and the last refresh.
 */
export function emptyBriefingNote(state: Pick<UiState, 'feeds' | 'refresh'>, facts: EmptyBriefingFacts, messages: Messages): string {
	const {empty} = messages;
	const feeds: readonly FeedRow[] | null = state.feeds;
	const enabled = feeds?.filter(feed => feed.config.enabled).length;
	if (feeds?.length === 0) {
		return empty.noFeeds;
	}

	if (enabled === 0) {
		return empty.allDisabled;
	}

	const yourFeeds = enabled === undefined ? empty.feedsUnknown : count(enabled, empty.feeds_1, empty.feeds_n);
	if (facts.offline) {
		return format(empty.offline, {feeds: yourFeeds});
	}

	if (state.refresh.running) {
		return format(empty.refreshing, {feeds: yourFeeds});
	}

	if (state.refresh.lastAt) {
		if (enabled !== undefined && state.refresh.failedFeeds >= enabled) {
			return empty.allFailed;
		}

		if (facts.retentionDays > 0) {
			return format(empty.nothingRecent, {days: facts.retentionDays});
		}
	}

	return format(empty.notFetched, {feeds: yourFeeds});
}
