// When old articles go: after a refresh that reached at least one feed, never after one that reached none; and
// items already outside the window are not stored by a refresh at all.

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

/**
 * Runs a refresh whose commits skip items published before the retention window: stored, they would be
 * deleted by retainAfterRefresh right away, yet counted as new. Returns the refresh's result, how many such items
 * it met for the first time (later refreshes pass over them silently) and how many of its new articles had been
 * removed or skipped so before and are back because the window now reaches them (retentionDays raised).
 */
export async function refreshWithinRetention<T>(
	store: ArticleStore,
	settings: Pick<Settings, 'retentionDays'>,
	refresh: () => Promise<T>,
): Promise<{result: T; skippedOld: number; returned: number}> {
	store.takeSkippedOld();
	store.takeReturned();
	store.setRefreshWindow(settings.retentionDays);
	try {
		const result = await refresh();
		return {result, skippedOld: store.takeSkippedOld(), returned: store.takeReturned()};
	} finally {
		store.setRefreshWindow(null);
	}
}

/** The refresh summary's line for skipped old items ("38 items older than 30 days skipped."), or '' for none. */
export function skippedOldLine(skippedOld: number, retentionDays: number): string {
	if (skippedOld === 0) return '';
	return `${skippedOld} item${skippedOld === 1 ? '' : 's'} older than ${retentionDays} day${retentionDays === 1 ? '' : 's'} skipped (the retention setting).`;
}
