// The status line after a refresh: how many feeds were fine, failed, waited for their server, and how many articles are new.

import type {AppRefreshSummary} from '../ui/services.js';
import {count, format, type Messages} from './index.js';

type DoneCounts = Pick<AppRefreshSummary, 'ok' | 'notModified' | 'failed' | 'newArticles' | 'waiting' | 'skippedOld' | 'returned'>;

export function refreshDoneText(summary: DoneCounts, messages: Messages, retentionDays = 0): string {
	const {status} = messages;
	let done = format(status.refreshDone, {
		ok: count(summary.ok + summary.notModified, status.feedCount_1, status.feedCount_n),
		failed: summary.failed,
		new: count(summary.newArticles, status.newArticles_1, status.newArticles_n),
	});
	// Only `lagebild refresh` named them before: a feed held by its server's Retry-After is neither ok nor failed.
	if (summary.waiting) done += format(status.refreshWaiting, {n: summary.waiting});
	// What the retention setting did, as `lagebild refresh` says under its summary.
	if (summary.returned) done += format(retentionDays > 0 ? status.refreshReturned : status.refreshReturnedAll, {n: summary.returned, days: retentionDays});
	if (summary.skippedOld) done += format(status.refreshSkippedOld, {n: summary.skippedOld, days: retentionDays});
	return done;
}
