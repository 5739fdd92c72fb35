// What the briefing says while no article is stored: why (offline, no feed on, every feed failed, all too old) and what to do.

import type {FeedRow} from '../../services/app-services.js';
import {count, countWith, format, type Messages} from '../../i18n/index.js';
import {groupDigits} from '../../i18n/briefing-progress.js';
import type {UiState} from './types.js';

export interface EmptyBriefingFacts {
	/** Started with --offline: nothing is fetched. */
	offline: boolean;
	retentionDays: number;
	/** The app refreshes once its first briefing is shown: until that refresh begins, "R fetches" would be the wrong advice. */
	refreshOnStart?: boolean;
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
export function emptyBriefingNote(state: Pick<UiState, 'feeds' | 'refresh' | 'briefingProgress'>, facts: EmptyBriefingFacts, messages: Messages): string {
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
		// Every feed has answered and some brought news: what remains is reading and grouping the articles, which on a
		// first start takes longer than the fetch (walk 11: 12 s of "fetching your 34 feeds…" after the last feed was in).
		const progress = state.refresh.progress;
		if (progress && progress.total > 0 && progress.done >= progress.total && progress.failed < progress.total) {
			// Both phases count articles (the stories phase counts stories): the number stays while they are clustered.
			const phase = state.briefingProgress?.phase;
			const analysing = phase === 'analysing' || phase === 'clustering' ? state.briefingProgress!.total : 0;
			return analysing > 0
				? countWith(analysing, empty.grouping_1, empty.grouping_n, {articles: groupDigits(analysing, messages.briefingProgress.digitGroup)})
				: empty.groupingUncounted;
		}

		return format(empty.refreshing, {feeds: yourFeeds});
	}

	if (facts.refreshOnStart && !state.refresh.lastAt && !state.refresh.ended) {
		return format(empty.refreshing, {feeds: yourFeeds});
	}

	if (state.refresh.lastAt) {
		if (enabled !== undefined && state.refresh.failedFeeds >= enabled) {
			return empty.allFailed;
		}

		if (facts.retentionDays > 0) {
			return countWith(facts.retentionDays, empty.nothingRecent_1, empty.nothingRecent_n, {days: facts.retentionDays});
		}
	}

	return format(empty.notFetched, {feeds: yourFeeds});
}
