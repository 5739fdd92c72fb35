// Whether the briefing can only be the bundled snapshots: no feed in use has ever answered.

import type {FeedConfig, FeedState} from '../../model/feed.js';

/**
 * True while no enabled feed has had one successful fetch: the stories on screen are then the bundled snapshots (only
 * an empty store is filled with them), years old, which a first start showed without a word.
 */
export function onlySampleNews(feeds: ReadonlyArray<{config: FeedConfig; state?: FeedState}>): boolean {
	const enabled = feeds.filter(row => row.config.enabled);
	return enabled.length > 0 && enabled.every(row => !row.state?.lastSuccess);
}
