// The status line after a refresh: how many feeds were fine, failed, waited for their server, and how many articles are new.

import type {RefreshSummary} from '../../model/refresh.js';
import {count, format, type Messages} from './index.js';

export function refreshDoneText(summary: Pick<RefreshSummary, 'ok' | 'notModified' | 'failed' | 'newArticles' | 'waiting'>, messages: Messages): string {
	const {status} = messages;
	const done = format(status.refreshDone, {
		ok: count(summary.ok + summary.notModified, status.feedCount_1, status.feedCount_n),
		failed: summary.failed,
		new: count(summary.newArticles, status.newArticles_1, status.newArticles_n),
	});
	// Only `lagebild refresh` named them before: a feed held by its server's Retry-After is neither ok nor failed.
	return summary.waiting ? done + format(status.refreshWaiting, {n: summary.waiting}) : done;
}
