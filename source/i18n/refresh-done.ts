// The status line after a refresh: how many feeds were fine, failed, waited for their server, and how many articles are new.

import type {AppRefreshSummary} from '../services/app-services.js';
import {groupDigits} from './briefing-progress.js';
import type {Messages} from './en.js';
import {format} from './format.js';
import {count, countWith} from './plural.js';

type DoneCounts = Pick<AppRefreshSummary, 'ok' | 'notModified' | 'failed' | 'newArticles' | 'waiting' | 'skippedOld' | 'returned'>;

export function refreshDoneText(summary: DoneCounts, messages: Messages, retentionDays = 0): string {
	const {status} = messages;
	// Grouped as the briefing's progress beside it in the status row ("4,000 new articles", "0 of 1,350").
	const n = (value: number) => groupDigits(value, messages.briefingProgress.digitGroup);
	let done = format(status.refreshDone, {
		ok: count(summary.ok + summary.notModified, status.feedCount_1, status.feedCount_n, n),
		failed: n(summary.failed),
		new: count(summary.newArticles, status.newArticles_1, status.newArticles_n, n),
	});
	// Only `lagebild refresh` named them before: a feed held by its server's Retry-After is neither ok nor failed.
	if (summary.waiting) done += format(status.refreshWaiting, {n: n(summary.waiting)});
	// What the retention setting did, as `lagebild refresh` says under its summary.
	if (summary.returned) done += format(retentionDays > 0 ? status.refreshReturned : status.refreshReturnedAll, {n: n(summary.returned), days: retentionDays});
	if (summary.skippedOld) done += countWith(retentionDays, status.refreshSkippedOld_1, status.refreshSkippedOld_n, {days: retentionDays, skipped: n(summary.skippedOld)});
	return done;
}
