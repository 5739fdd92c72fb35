// `lagebild refresh`: fetch every enabled feed now, show progress, then a summary with one line per failure.

import {refreshWithinRetention, retainAfterRefresh, skippedOldLine} from '../store/retention.js';
import {hostTitle} from '../config/feed-url.js';
import {applyFeedMoves, feedMoveLine} from '../config/feed-moves.js';
import {refreshFeeds, startParserFor} from '../feeds/refresh.js';
import {RefreshBusyError} from '../store/refresh-lock.js';
import type {FeedRefreshResult, RefreshProgress, RefreshSummary} from '../model/refresh.js';
import {type Command, type OutputStream, UserError} from './command.js';
import {openContext} from './context.js';
import {signalExitCode} from '../ui/signal-exit-code.js';
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

/** What a refresh stopped by a signal had done: "Interrupted: 138 of 202 feeds done, 1,204 new articles stored; the next refresh goes on." */
export function interruptedLine(done: number, total: number, newArticles: number): string {
	const articles = `${newArticles.toLocaleString('en-US')} new article${newArticles === 1 ? '' : 's'} stored`;
	return `Interrupted: ${done} of ${total} feed${total === 1 ? '' : 's'} done, ${articles}; the next refresh goes on.`;
}

/**
 * Ctrl-C / SIGTERM while the refresh runs: the line above, then the exit a signal gives (130 / 143). Each feed's commit
 * is one synchronous transaction, so a handler runs between commits and the store is whole; it is closed first.
 */
function onInterrupt(write: (line: string) => void, counts: () => {done: number; total: number; newArticles: number}, close: () => void): () => void {
	const handlers = (['SIGINT', 'SIGTERM'] as const).map(signal => {
		const handler = (): void => {
			const {done, total, newArticles} = counts();
			write(`\n${interruptedLine(done, total, newArticles)}\n`);
			try {
				close();
			} finally {
				process.exit(signalExitCode(signal));
			}
		};
		process.once(signal, handler);
		return () => process.removeListener(signal, handler);
	});
	return () => {
		for (const remove of handlers) remove();
	};
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
		const counts = {done: 0, total: targets.length, newArticles: 0};
		const onProgress = (progress: RefreshProgress): void => {
			counts.done = progress.done;
			counts.newArticles += progress.last?.newArticles ?? 0;
			printer.onProgress(progress);
		};
		const refresh = async () => refreshFeeds(targets, {settings: context.settings, store: context.store, onProgress}, {parser});
		const stopWatching = onInterrupt(line => {
			printer.finish();
			stdout.write(line);
		}, () => counts, () => context.close());
		let outcome: Awaited<ReturnType<typeof refreshWithinRetention<Awaited<ReturnType<typeof refresh>>>>>;
		try {
			// --source stores live in memory and show the files whatever their age.
			outcome = context.sourceMode ? {result: await refresh(), skippedOld: 0} : await refreshWithinRetention(context.store, context.settings, refresh);
		} catch (error) {
			// Not an error: the feeds are being refreshed, by the other process (a timer's run should not fail for it).
			if (error instanceof RefreshBusyError) {
				stdout.write(`${error.message}\n`);
				return 0;
			}
			throw error;
		} finally {
			stopWatching();
		}
		const {result: summary, skippedOld} = outcome;
		printer.finish();
		stdout.write(`${formatSummary(summary)}\n`);
		if (summary.results.some(result => result.movedTo)) {
			const moves = await applyFeedMoves(summary.results, context.config, context.store, !context.sourceMode && !context.usingDefaultFeeds);
			for (const move of moves) {
				stdout.write(`  → ${move.title || hostTitle(move.from)} — ${feedMoveLine(move)}\n`);
			}
		}
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
