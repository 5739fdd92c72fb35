// When the feeds in use were last fetched, and how many failed then: what the status bar says before this run refreshes.

import type {FeedRow} from '../../services/app-services.js';

export interface LastRefresh {
	at: string;
	failed: number;
}

/** Undefined when no enabled feed was ever fetched (the bundled snapshots alone are no refresh). */
export function lastRefreshOf(feeds: readonly FeedRow[]): LastRefresh | undefined {
	let at: string | undefined;
	let latest = 0;
	let failed = 0;
	for (const {config, state} of feeds) {
		if (!config.enabled || !state?.lastFetch) continue;
		const time = Date.parse(state.lastFetch);
		if (Number.isNaN(time)) continue;
		if (time > latest) {
			latest = time;
			at = state.lastFetch;
		}

		if (state.status === 'error') failed++;
	}

	return at === undefined ? undefined : {at, failed};
}
