// `lagebild refresh`: fetch every enabled feed now, show progress, then a summary with one line per failure.

import {refreshWithinRetention, retainAfterRefresh} from '../store/retention.js';
import {hostTitle} from '../config/feed-url.js';
import {applyFeedMoves} from '../config/feed-moves.js';
import {refreshFeeds, startParserFor} from '../feeds/refresh.js';
import {RefreshBusyError} from '../store/refresh-lock.js';
import type {FeedRefreshResult, RefreshProgress, RefreshSummary} from '../model/refresh.js';
import {type Command, type OutputStream, UserError} from './command.js';
import {openContext} from './context.js';
import {signalExitCode} from '../terminal/signal-exit-code.js';
import {sanitizeLine} from '../terminal/sanitize.js';
import {closeStandardDescriptors, isTerminalGone, silence} from '../terminal/terminal-gone.js';
import {cliLanguage, cliText, type CliText} from '../i18n/cli-text.js';
import {errorInLanguage} from '../i18n/error-texts.js';
import {failingText, messagesFor, type UiLanguage} from '../i18n/index.js';

// Refresh writes to the raw streams (its progress line's erase sequence), so the texts from config.json, the feed
// or a server are cleaned here, where they are written.
function resultTitle(result: FeedRefreshResult): string {
	return sanitizeLine(result.title || hostTitle(result.url));
}

/** A feed's error as the interface says it, by its key (its German; in English the same words, OpenSSL's raw ones made readable). */
function errorText(result: FeedRefreshResult, language: UiLanguage): string {
	return sanitizeLine(errorInLanguage(result.errorText ?? result.error, messagesFor(language)));
}

/** One line for one feed's outcome: "✓ tagesschau.de — 3 new", "✗ Tagesschau — timeout after 15 s". */
export function formatResult(result: FeedRefreshResult, language: UiLanguage = 'en'): string {
	const text = cliText(language);
	switch (result.outcome) {
		case 'ok': {
			return text.feedOk(resultTitle(result), result.newArticles, result.items);
		}

		case 'not-modified': {
			return text.feedNotModified(resultTitle(result));
		}

		case 'waiting': {
			return `  … ${resultTitle(result)} — ${errorText(result, language)}`;
		}

		default: {
			return `  ✗ ${resultTitle(result)} — ${result.error ? errorText(result, language) : text.failed}`;
		}
	}
}

/** A day: a feed failing for less is left to its error (a server down for an hour says nothing about the feed). */
const failingLongMs = 24 * 60 * 60_000;

/**
 * " (failing for 33d)" after a failure line of the summary when the feed has failed at every refresh for a day or more:
 * a cron job mails the same line twice a day, and only its age tells a feed that is gone from one down since this
 * morning (the feed list says it the same way).
 */
export function failingAge(failingSince: string | null | undefined, now: Date, language: UiLanguage = 'en'): string {
	const failing = failingText(failingSince, now, messagesFor(language), failingLongMs);
	return failing ? ` (${failing})` : '';
}

export function formatSummary(summary: RefreshSummary, language: UiLanguage = 'en'): string {
	const {ok, notModified, failed, newArticles} = summary;
	return cliText(language).refreshSummary({total: summary.results.length, seconds: summary.durationMs / 1000, ok, notModified, failed, waiting: summary.waiting ?? 0, newArticles});
}

/** What a refresh stopped by a signal had done: "Interrupted: 138 of 202 feeds done, 1,204 new articles stored; the next refresh goes on." */
export function interruptedLine(done: number, total: number, newArticles: number, language: UiLanguage = 'en'): string {
	return cliText(language).interrupted(done, total, newArticles);
}

/**
 * Ctrl-C / SIGTERM while the refresh runs: the line above, then the exit a signal gives (130 / 143). Each feed's commit
 * is one synchronous transaction, so a handler runs between commits and the store is whole; it is closed first.
 */
function onInterrupt(write: (line: string) => void, counts: () => {done: number; total: number; newArticles: number}, close: () => void, language: UiLanguage): () => void {
	const handlers = (['SIGINT', 'SIGTERM'] as const).map(signal => {
		const handler = (): void => {
			const {done, total, newArticles} = counts();
			write(`\n${interruptedLine(done, total, newArticles, language)}\n`);
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

/** The process's own terminal streams among the command's: tests hand in plain objects, which no terminal closes. */
function terminalStreams(streams: readonly OutputStream[]): NodeJS.WriteStream[] {
	return streams.filter((stream): stream is NodeJS.WriteStream => (stream === process.stdout || stream === process.stderr) && stream.isTTY === true);
}

/**
 * The terminal closed under the refresh (SIGHUP, or EIO / EPIPE writing to it) ends it as it ends the app (c70736c):
 * nothing more is written where nobody reads, the store is closed between two commits (each is one synchronous
 * transaction), the standard descriptors are closed so Node's exit does not abort restoring a hung-up terminal, and
 * the exit is 129. Without it the next progress line threw 'write EIO' with a stack, then Node's native assertion.
 * Watched until the process ends: a failed write is reported a tick later, when the command may have returned, and
 * Node's own exit would still abort on the dead terminal.
 */
function endQuietlyOnHangUp(streams: readonly OutputStream[], close: () => void): void {
	const terminals = terminalStreams(streams);
	if (terminals.length === 0) return;
	let ended = false;
	const end = (): void => {
		if (ended) return;
		ended = true;
		silence([process.stdout, process.stderr]);
		try {
			close();
		} finally {
			closeStandardDescriptors();
			process.exit(signalExitCode('SIGHUP'));
		}
	};
	// Before cli.tsx's own listener, which takes EPIPE for a closed pipe (`| head`) and throws anything else.
	const onError = (error: unknown): void => {
		if (isTerminalGone(error)) end();
	};
	process.once('SIGHUP', end);
	for (const stream of terminals) stream.prependListener('error', onError);
}

/** A live single status line on a terminal, one line per feed otherwise. */
function progressPrinter(stdout: OutputStream, language: UiLanguage): {onProgress: (progress: RefreshProgress) => void; finish: () => void} {
	if (stdout.isTTY) {
		const width = Math.max(20, (stdout.columns ?? 80) - 1);
		let shown = false;
		return {
			onProgress(progress) {
				const last = progress.last ? ` ${progress.last.outcome === 'error' ? '✗' : '✓'} ${resultTitle(progress.last)}` : '';
				const line = `${cliText(language).refreshing(progress.done, progress.total, progress.failed)}${last}`;
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
				stdout.write(`${formatResult(progress.last, language)}\n`);
			}
		},
		finish() {
			// Every line is already out.
		},
	};
}

export const run: Command = async input => {
	if (input.flags.offline) {
		throw new UserError(cliText(cliLanguage(undefined, input.io.env)).refreshOffline, 2);
	}

	const context = await openContext(input.flags, {seed: false, env: input.io.env});
	let parser: ReturnType<typeof startParserFor>;
	endQuietlyOnHangUp([input.io.stdout, input.io.stderr], () => context.close());
	try {
		const {stdout} = input.io;
		// The app's language: its setting, else the locale.
		const language = cliLanguage(context.settings.uiLanguage, input.io.env);
		const text: CliText = cliText(language);
		for (const warning of context.warnings) {
			input.io.stderr.write(`lagebild: ${warning}\n`);
		}

		const targets = context.sourceMode
			? context.feeds.filter(feed => /^https?:/i.test(feed.url))
			: context.feeds.filter(feed => feed.enabled);
		// A refresh that will fetch bodies starts its parse worker now, before the store's and the network's first work.
		parser = targets.length > 0 ? startParserFor(targets, context.store.validatedFeedUrls()) : undefined;
		if (targets.length === 0) {
			stdout.write(`${context.sourceMode
				? text.nothingToFetchSource
				: context.feeds.length === 0
					? text.nothingToRefresh(text.emptyListHint)
					: text.everyFeedDisabled}\n`);
			return 0;
		}

		if (context.usingDefaultFeeds) {
			stdout.write(`${text.refreshingDefaults(targets.length)}\n`);
		}

		const printer = progressPrinter(stdout, language);
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
		}, () => counts, () => context.close(), language);
		let outcome: Awaited<ReturnType<typeof refreshWithinRetention<Awaited<ReturnType<typeof refresh>>>>>;
		try {
			// --source stores live in memory and show the files whatever their age.
			outcome = context.sourceMode ? {result: await refresh(), skippedOld: 0, returned: 0} : await refreshWithinRetention(context.store, context.settings, refresh);
		} catch (error) {
			// Not an error: the feeds are being refreshed, by the other process (a timer's run should not fail for it).
			if (error instanceof RefreshBusyError) {
				stdout.write(`${errorInLanguage(error.message, messagesFor(language))}\n`);
				return 0;
			}
			throw error;
		} finally {
			stopWatching();
		}
		const {result: summary, skippedOld, returned} = outcome;
		printer.finish();
		stdout.write(`${formatSummary(summary, language)}\n`);
		if (returned > 0) stdout.write(`${text.returned(returned, context.settings.retentionDays)}\n`);
		if (summary.results.some(result => result.movedTo)) {
			const moves = await applyFeedMoves(summary.results, context.config, context.store, !context.sourceMode && !context.usingDefaultFeeds);
			for (const move of moves) {
				stdout.write(`  → ${sanitizeLine(move.title || hostTitle(move.from))} — ${sanitizeLine(text.feedMoved(move.to, move.outcome))}\n`);
			}
		}
		const skipped = text.skippedOld(skippedOld, context.settings.retentionDays);
		if (skipped) stdout.write(`${skipped}\n`);
		// Piped too (a cron job's mail): the per-feed lines above hold the failures among hundreds of others, and the end
		// of the output is what is read.
		const now = new Date();
		for (const result of summary.results.filter(r => r.outcome === 'error')) {
			const since = context.sourceMode ? undefined : context.store.getFeedState(result.url)?.failingSince;
			stdout.write(`${formatResult(result, language)}${failingAge(since, now, language)}\n`);
		}

		// Feeds whose server asked for time were not asked: the progress lines do not name them.
		for (const result of summary.results.filter(r => r.outcome === 'waiting')) {
			stdout.write(`${formatResult(result, language)}\n`);
		}

		if (!context.sourceMode) {
			const retention = retainAfterRefresh(context.store, context.settings, summary);
			if (retention.deleted > 0) {
				stdout.write(`${text.removedOld(retention.deleted, context.settings.retentionDays)}\n`);
			}
		}

		if (summary.failed === targets.length) {
			input.io.stderr.write(`${text.everyFeedFailed}\n`);
			return 1;
		}

		return 0;
	} finally {
		// Closed by the refresh; here too when it never ran.
		await parser?.close();
		context.close();
	}
};
