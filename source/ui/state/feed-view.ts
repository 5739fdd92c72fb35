// The feed manager's view of the feed list: the order the user picked and the find-as-you-type filter over it.

import {feedOrders, type FeedOrder} from '../../model/feed-order.js';
import type {FeedRow} from '../../services/app-services.js';
import {accentFold} from '../../text/accent-fold.js';
import {feedTitle} from './selectors.js';

export interface FeedView {
	order: FeedOrder;
	/** The words typed after `/`; every one must occur in the feed's title or address. */
	filter: string;
	/** Whether keys go to the filter (after `/`) rather than to the list. */
	filtering: boolean;
}

export const initialFeedView: FeedView = {order: 'added', filter: '', filtering: false};

export function nextFeedOrder(order: FeedOrder): FeedOrder {
	return feedOrders[(feedOrders.indexOf(order) + 1) % feedOrders.length]!;
}

/** Every word of the filter occurs in the feed's shown title, its own title or its address (case and accents aside). */
export function feedMatches(feed: FeedRow, filter: string): boolean {
	const words = accentFold(filter).split(/\s+/).filter(Boolean);
	if (words.length === 0) {
		return true;
	}

	const haystack = accentFold([feedTitle(feed), feed.state?.title ?? '', feed.config.url].join('\n'));
	return words.every(word => haystack.includes(word));
}

// Built when the feed list is first sorted: the first Intl object of a process starts ICU (~13 ms); the first frame needs none.
let collator: Intl.Collator | undefined;
const compareText = (a: string, b: string): number => (collator ??= new Intl.Collator(undefined, {sensitivity: 'base', numeric: true})).compare(a, b);

function failing(feed: FeedRow): boolean {
	return feed.config.enabled && feed.state?.status === 'error';
}

function compareFeeds(order: FeedOrder): ((a: FeedRow, b: FeedRow) => number) | undefined {
	switch (order) {
		case 'added': {
			return undefined;
		}

		case 'title': {
			return (a, b) => compareText(feedTitle(a), feedTitle(b));
		}

		case 'failing': {
			// The longest-failing first: those are the ones to remove or fix.
			return (a, b) => Number(failing(b)) - Number(failing(a))
				|| (failing(a) ? (a.state?.failingSince ?? '').localeCompare(b.state?.failingSince ?? '') : 0);
		}

		case 'articles': {
			return (a, b) => (b.state?.articleCount ?? 0) - (a.state?.articleCount ?? 0);
		}
	}
}

let cache: {feeds: readonly FeedRow[]; order: FeedOrder; filter: string; shown: FeedRow[]} | undefined;

/** The feeds the manager lists, in the view's order and filtered; ties keep the order they were added in. */
export function shownFeeds(feeds: readonly FeedRow[], view: FeedView): FeedRow[] {
	if (cache && cache.feeds === feeds && cache.order === view.order && cache.filter === view.filter) {
		return cache.shown;
	}

	const compare = compareFeeds(view.order);
	const matching = feeds.filter(feed => feedMatches(feed, view.filter));
	// Array.prototype.sort is stable, so equal feeds stay in config order.
	const shown = compare ? matching.sort(compare) : matching;
	cache = {feeds, order: view.order, filter: view.filter, shown};
	return shown;
}
