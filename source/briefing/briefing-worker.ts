// The worker thread that computes the briefing over the store file, so the app's keys never wait for it.

import {parentPort, workerData} from 'node:worker_threads';
import type {ArticleStore} from '../store/article-store.js';
import {BriefingSessions, briefingFromStore} from './from-store.js';
import {garbageCollector} from './collect-garbage.js';
import type {BriefingProgress} from '../model/briefing-progress.js';
import type {BriefingWorkerData, WorkerReply, WorkerRequest} from './background.js';
import {lowerThreadPriority} from './thread-priority.js';
import {openWorkerStore} from './worker-store.js';

// Kept between requests: the store connection and the session of the last briefing.
let store: ArticleStore | undefined;
const {helper, collect, collectGrowthMb, nice} = (workerData ?? {helper: true, collect: false, nice: 0}) as BriefingWorkerData;
// Collecting only once the heap grew (collectGrowthMb) costs little when there is nothing to collect: then also in
// small updates, whose restored session (~100 MB for a week of 10,000 articles) makes their garbage count too.
const settle = collect ? {settle: garbageCollector(collectGrowthMb), ...(collectGrowthMb ? {settleFrom: 0} : {})} : {};
const sessions = new BriefingSessions({...(helper ? {} : {pool: false}), ...settle});

function storeAt(file: string): ArticleStore {
	if (store?.file !== file) {
		store?.close();
		store = undefined;
		store = openWorkerStore(file);
	}
	return store;
}

parentPort?.on('message', (request: WorkerRequest) => {
	let message: WorkerReply;
	try {
		const {now, ...options} = request.options;
		sessions.takeLastUpdate();
		sessions.deferSnapshots = request.deferSnapshot;
		const reporter = request.progressMs === undefined ? undefined : progressReporter(request.id, request.progressMs, request.quotesProgressMs);
		sessions.progress = reporter?.report;
		sessions.early = request.early
			? {
					briefing: (partial) => {
						parentPort?.postMessage({id: request.id, partial} satisfies WorkerReply);
						// The reader moves through this briefing while its quotes are read: from now on the thread yields to
						// the app's UI thread (not before: the first briefing is what the reader waits for). It cannot be
						// raised again without privilege; the worker that computed from scratch is stopped once it answers.
						lowerThreadPriority(nice);
						// A new briefing replaces the app's progress line: the quote pass's is posted again right after it.
						reporter?.repeat('quotes');
					},
				}
			: undefined;
		const briefing = briefingFromStore(storeAt(request.file), {...options, ...(now === undefined ? {} : {now: new Date(now)})}, sessions);
		const update = sessions.takeLastUpdate();
		const incremental = update !== undefined && !update.rebuilt;
		// A worker that is stopped once it answers (a computation from scratch) writes first: nobody would afterwards.
		const release = request.release === true && update?.rebuilt === true;
		if (release) writeSnapshot();
		message = {id: request.id, briefing, incremental, ...(release ? {release} : {})};
	} catch (error) {
		message = {id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)};
	} finally {
		sessions.progress = undefined;
		sessions.early = undefined;
	}
	parentPort?.postMessage(message);
	// The snapshot is for the next start and for other processes: written once the app has its briefing.
	writeSnapshot();
	parentPort?.postMessage({id: request.id, written: true} satisfies WorkerReply);
});

/**
 * Posts the session's progress as replies to request `id`, throttled: nothing in the first `intervalMs` (a quick
 * computation sends none), then at most one per `intervalMs` (`quotesMs` in the quote pass), and the end of a phase
 * (done = total) once the phase was reported. The computation is synchronous, but a posted message reaches the app's
 * thread at once.
 */
function progressReporter(
	id: number,
	intervalMs: number,
	quotesMs = intervalMs,
): {report: (progress: BriefingProgress) => void; repeat: (phase: BriefingProgress['phase']) => void} {
	const started = performance.now();
	let last = -Infinity;
	let phase: BriefingProgress['phase'] | undefined;
	let ended = false;
	// The latest progress heard, posted or not (repeat posts it).
	let latest: BriefingProgress | undefined;
	const post = (progress: BriefingProgress) => parentPort?.postMessage({id, progress: {...progress}} satisfies WorkerReply);
	return {
		report(progress) {
			latest = progress;
			const now = performance.now();
			if (now - started < intervalMs) return;
			const newPhase = progress.phase !== phase;
			const end = progress.done >= progress.total && !(ended && !newPhase);
			if (!newPhase && !end && now - last < (progress.phase === 'quotes' ? quotesMs : intervalMs)) return;
			last = now;
			phase = progress.phase;
			ended = progress.done >= progress.total;
			post(progress);
		},
		/** Posts the latest progress now if it is of `phase` and not at its end. */
		repeat(of) {
			if (latest?.phase !== of || latest.done >= latest.total) return;
			last = performance.now();
			phase = latest.phase;
			post(latest);
		},
	};
}

function writeSnapshot(): void {
	try {
		sessions.writeSnapshot();
	} catch {
		// A snapshot that cannot be written (disk full, locked) costs the next start time, not this briefing.
	}
}
