// The orders the feed manager lists feeds in; kept with the position file, so the model, not the UI, defines them.

/** added: config order; title: A–Z; failing: failing feeds first; articles: most stored articles first. */
export type FeedOrder = 'added' | 'title' | 'failing' | 'articles';

export const feedOrders: readonly FeedOrder[] = ['added', 'title', 'failing', 'articles'];

export function isFeedOrder(value: unknown): value is FeedOrder {
	return typeof value === 'string' && (feedOrders as readonly string[]).includes(value);
}
