// The status line after a refresh: how many feeds were fine, failed, and how many articles are new, in the plural that fits.

import type {RefreshSummary} from '../../model/refresh.js';
import {count, format, type Messages} from './index.js';

export function refreshDoneText(summary: Pick<RefreshSummary, 'ok' | 'notModified' | 'failed' | 'newArticles'>, messages: Messages): string {
	const {status} = messages;
	return format(status.refreshDone, {
		ok: count(summary.ok + summary.notModified, status.feedCount_1, status.feedCount_n),
		failed: summary.failed,
		new: count(summary.newArticles, status.newArticles_1, status.newArticles_n),
	});
}
