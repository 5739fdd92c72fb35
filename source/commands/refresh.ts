// `lagebild refresh`: fetch every enabled feed now, show progress, then a summary with one line per failure.

import {refreshWithinRetention, retainAfterRefresh, skippedOldLine} from '../store/retention.js';
import {hostTitle} from '../config/feed-url.js';
import {refreshFeeds, startParserFor} from '../feeds/refresh.js';
import type {FeedRefreshResult, RefreshProgress, RefreshSummary} from '../model/refresh.js';
import {type Command, type OutputStream, UserError} from './command.js';
import {openContext} from './context.js';
import {emptyListHint} from './empty-list-hint.js';

function resultTitle(result: FeedRefreshResult): string {
	return result.title || hostTitle(result.url);
}

/** One line for one feed's outcome: "✓ tagesschau.de — 3 new", "✗ Tagesschau — timeout after 15 s". */
export function formatResult(result: FeedRefreshResult): string {
	switch (result.outcome) {
		case 'ok': {
			return `  ✓ ${resultTitle(result)} — ${result.newArticles} new of ${result.items}`;
		}

		case 'not-modified': {
			return `  = ${resultTitle(result)} — not modified`;
		}

		case 'waiting': {
			return `  … ${resultTitle(result)} — ${result.error}`;
		}

		default: {
			return `  ✗ ${resultTitle(result)} — ${result.error || 'failed'}`;
		}
	}
}

export function formatSummary(summary: RefreshSummary): string {
	const total = summary.results.length;
	const seconds = (summary.durationMs / 1000).toFixed(1);
	const waiting = summary.waiting ? `, ${summary.waiting} waiting` : '';
	return `Refreshed ${total} feed${total === 1 ? '' : 's'} in ${seconds} s: ${summary.ok} ok, ${summary.notModified} not modified, ${summary.failed} failed${waiting}; ${summary.newArticles} new article${summary.newArticles === 1 ? '' : 's'}.`;
}

/** A live single status line on a terminal, one line per feed otherwise. */
function progressPrinter(stdout: OutputStream): {onProgress: (progress: RefreshProgress) => void; finish: () => void} {
	if (stdout.isTTY) {
		const width = Math.max(20, (stdout.columns ?? 80) - 1);
		let shown = false;
		return {
			onProgress(progress) {
				const last = progress.last ? ` ${progress.last.outcome === 'error' ? '✗' : '✓'} ${resultTitle(progress.last)}` : '';
				const failed = progress.failed > 0 ? `, ${progress.failed} failed` : '';
				const line = `Refreshing ${progress.done}/${progress.total}${failed}${last}`;
				stdout.write(`\r\u001B[2K${[...line].slice(0, width).join('')}`);
				shown = true;
			},
			finish() {
				if (shown) {
					stdout.write('\r\u001B[2K');
				}
			},
		};
	}

	return {
		onProgress(progress) {
			if (progress.last) {
				stdout.write(`${formatResult(progress.last)}\n`);
			}
		},
		finish() {
			// Every line is already out.
		},
	};
}

export const run: Command = async input => {
	if (input.flags.offline) {
		throw new UserError('lagebild: refresh fetches feeds from the network; it cannot run with --offline.', 2);
	}

	const context = await openContext(input.flags, {seed: false, env: input.io.env});
	let parser: ReturnType<typeof startParserFor>;
	try {
		const {stdout} = input.io;
		for (const warning of context.warnings) {
			input.io.stderr.write(`lagebild: ${warning}\n`);
		}

		const targets = context.sourceMode
			? context.feeds.filter(feed => /^https?:/i.test(feed.url))
			: context.feeds.filter(feed => feed.enabled);
		// A refresh that will fetch bodies starts its parse worker now, before the store's and the network's first work.
		parser = targets.length > 0 ? startParserFor(targets, context.store.validatedFeedUrls()) : undefined;
		if (targets.length === 0) {
			stdout.write(context.sourceMode
				? 'Nothing to fetch: --source files are read directly.\n'
				: context.feeds.length === 0
					? `Nothing to refresh. ${emptyListHint}\n`
					: 'Nothing to refresh: every feed is disabled. Enable one in the feed manager or with lagebild feeds add URL.\n');
			return 0;
		}

		if (context.usingDefaultFeeds) {
			stdout.write(`No feeds configured; refreshing the default list (${targets.length} feeds).\n`);
		}

		const printer = progressPrinter(stdout);
		const refresh = async () => refreshFeeds(targets, {settings: context.settings, store: context.store, onProgress: printer.onProgress}, {parser});
		// --source stores live in memory and show the files whatever their age.
		const {result: summary, skippedOld} = context.sourceMode ? {result: await refresh(), skippedOld: 0} : await refreshWithinRetention(context.store, context.settings, refresh);
		printer.finish();
		stdout.write(`${formatSummary(summary)}\n`);
		const skipped = skippedOldLine(skippedOld, context.settings.retentionDays);
		if (skipped) stdout.write(`${skipped}\n`);
		if (stdout.isTTY) {
			for (const result of summary.results.filter(r => r.outcome === 'error')) {
				stdout.write(`${formatResult(result)}\n`);
			}
		}

		// Feeds whose server asked for time were not asked: the progress lines do not name them.
		for (const result of summary.results.filter(r => r.outcome === 'waiting')) {
			stdout.write(`${formatResult(result)}\n`);
		}

		if (!context.sourceMode) {
			const retention = retainAfterRefresh(context.store, context.settings, summary);
			if (retention.deleted > 0) {
				stdout.write(`Removed ${retention.deleted} article${retention.deleted === 1 ? '' : 's'} older than ${context.settings.retentionDays} days (starred ones are kept).\n`);
			}
		}

		if (summary.failed === targets.length) {
			input.io.stderr.write('lagebild: every feed failed; is the network reachable?\n');
			return 1;
		}

		return 0;
	} finally {
		// Closed by the refresh; here too when it never ran.
		await parser?.close();
		context.close();
	}
};
