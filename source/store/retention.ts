// When old articles go: after a refresh that reached at least one feed, never after one that reached none.

import type {Settings} from '../model/feed.js';
import type {RefreshSummary} from '../model/refresh.js';
import type {ArticleStore, RetentionResult} from './article-store.js';

/**
 * Applies the retention setting after a refresh. A refresh in which every feed failed (no network) brought
 * nothing to replace what retention would delete, so it deletes nothing: an offline start must not empty the
 * cache, the bundled snapshots included, that it cannot refill.
 */
export function retainAfterRefresh(store: ArticleStore, settings: Pick<Settings, 'retentionDays'>, summary: RefreshSummary): RetentionResult {
	const reachedAny = summary.ok + summary.notModified > 0;
	return reachedAny ? store.applyRetention(settings.retentionDays) : {deleted: 0};
}
