// Computing the briefing off the main thread: a long-lived worker over the store file that keeps its session.

import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {Briefing} from '../model/briefing.js';
import type {BriefingProgress} from '../model/briefing-progress.js';
// Not from analysis-pool.ts: that would load the analysis's feature and stopword modules at every start of the app.
import {helperYoungGenerationMb} from './helper-heap.js';
import type {StoreBriefingOptions} from './from-store.js';
import {inOwnThreadCompiling} from './own-thread-compiling.js';
import {backgroundNice} from './thread-priority.js';

export interface WorkerRequest {
	id: number;
	file: string;
	/** As StoreBriefingOptions, with the time as ISO text (a Date does not cross threads as itself). */
	options: Omit<StoreBriefingOptions, 'now'> & {now?: string};
	/** Answer before writing the briefing's snapshot (a long-lived worker has time to write it afterwards). */
	deferSnapshot: boolean;
	/**
	 * The worker is stopped once it answers a computation from scratch (see WorkerOptions.releaseAfterRebuild): it
	 * then writes the snapshot and session state before answering, as nothing would write them afterwards.
	 */
	release?: boolean;
	/**
	 * Send progress replies, at most one per this many ms and none in the first this many ms (a quick computation
	 * sends none); the last of each phase is sent once any was. Absent: no progress replies.
	 */
	progressMs?: number;
	/** For the quote pass (phase `quotes`): at most one progress reply per this many ms (default: progressMs). */
	quotesProgressMs?: number;
	/**
	 * Send a first briefing before the quotes of many fresh articles are read, and updates while they are (see
	 * BriefingSessions.early), as `partial` replies; the answer is the complete briefing.
	 */
	early?: boolean;
}

/** What the briefing worker is started with. */
export interface BriefingWorkerData {
	/** Whether the analysis may use a helper thread (analysis-pool.ts); false: all in the worker's own thread. */
	helper: boolean;
	/** Whether a large computation collects garbage between its phases (SessionOptions.settle). */
	collect: boolean;
	/** With `collect`: only once the heap grew by this many MB since the last collection (0: at every phase). */
	collectGrowthMb?: number;
	/** The nice value the worker lowers its own thread to (thread-priority.ts; 0: left as it is). */
	nice: number;
}

/**
 * `release`: the worker computed from scratch and wrote its snapshot, and may be stopped (WorkerRequest.release).
 * `progress`: how far the computation has got (only when asked for, WorkerRequest.progressMs); the answer follows.
 * `partial`: the briefing before all its quotes are read (only when asked for, WorkerRequest.early); the answer follows.
 */
export type WorkerReply =
	| {id: number; briefing: Briefing; incremental: boolean; release?: boolean}
	| {id: number; error: string}
	| {id: number; progress: BriefingProgress}
	| {id: number; partial: Briefing}
	/** After an answer: the snapshot and session it writes then are in the store (WorkerRequest.deferSnapshot). */
	| {id: number; written: true};

/** See WorkerOptions.progressMs: a few updates a second, none for a computation quicker than that. */
export const progressInterval = 150;

/**
 * See WorkerOptions.quotesProgressMs. The quote pass runs while the reader already moves through the briefing, and
 * each report redraws the app: a key pressed within Ink's frame interval (17 ms at 60 fps) after such a redraw waits
 * for the next frame. At one report per 150 ms that was ~11 % of the keys, which set the p95 of keys while quotes are
 * read to ~19–20 ms (bench/findings.md, ninth session); at one a second it is ~2 %. The count still moves visibly.
 */
export const quotesProgressInterval = 1000;

const workerUrl = new URL('./briefing-worker.js', import.meta.url);

/**
 * Whether a worker can run: only from the built JavaScript (under vitest the sources are TypeScript and no
 * briefing-worker.js lies beside this module) and only over a store file (an in-memory store is not shared).
 */
export function canComputeInWorker(file: string): boolean {
	return file !== ':memory:' && file !== '' && existsSync(fileURLToPath(workerUrl));
}

export interface WorkerOptions {
	/** Let the process exit while the worker idles (it is kept alive only while it computes). */
	unref?: boolean;
	/** Write each briefing's snapshot before answering (a worker about to be closed); default: after. */
	snapshotFirst?: boolean;
	/**
	 * Stop the thread after this long without work (default 20 s): its heap stays at the high-water mark of
	 * the last computation, and the session it keeps is also in the store, so the next one restores it.
	 */
	idleMs?: number;
	/** The worker's young generation in MB (default: as the analysis helper's, helperYoungGenerationMb). */
	youngGenerationMb?: number;
	/**
	 * The worker's old generation in MB (default briefingOldGenerationMb; 0: V8's own limit). A worker that runs
	 * out of it is replaced by one without the limit, which computes again what was asked.
	 */
	oldGenerationMb?: number;
	/** The old generation of the worker that takes over after one ran out of memory (default 0: V8's own limit). */
	retryOldGenerationMb?: number;
	/**
	 * Whether the worker's analysis may start a helper thread for the articles missing from the analysis cache
	 * (default briefingAnalysisHelper).
	 */
	helper?: boolean;
	/**
	 * Stop the worker as soon as it has answered a computation from scratch (the first one over a fresh store, or
	 * one that re-clustered everything), before the answer is handed on (default releaseAfterRebuild). Such a
	 * computation leaves the worker's heap at its high-water mark, and the app renders the new briefing right then;
	 * the session is in the store, so the next computation (after a refresh) restores it in a new worker.
	 */
	releaseAfterRebuild?: boolean;
	/** Whether a large computation collects garbage between its phases (default collectBetweenPhases; see SessionOptions.settle). */
	collectGarbage?: boolean;
	/** With collectGarbage: only once the heap grew by this many MB since the last collection (default 0: at every phase). */
	collectGrowthMb?: number;
	/** How often a computation with a progress listener reports, in ms (default progressInterval; see WorkerRequest.progressMs). */
	progressMs?: number;
	/** How often the quote pass (after an early briefing) reports, in ms (default quotesProgressInterval). */
	quotesProgressMs?: number;
	/**
	 * The nice value the worker's thread (and an analysis helper it starts) takes once its early briefing is out, while
	 * it reads the quotes (default backgroundNice, 0: as the process's): the app's UI thread is then run first whenever
	 * it has work (see lowerThreadPriority).
	 */
	nice?: number;
}

/** See WorkerOptions.collectGarbage. */
export const collectBetweenPhases = true;

/**
 * See WorkerOptions.helper. Off: a helper thread halves the wall time of analysing many uncached articles (the
 * first launch over a fresh store) on a quiet machine, but holds a second heap, its own copies of the optimized
 * analysis code and its compilers' memory while it runs — the first launch over the 10,000 generated articles
 * peaked ~40 MB higher with it (bench/findings.md, sixth session) and used ~25 % more CPU. `lagebild brief` and the
 * benchmarks, which compute in-process, keep it.
 */
export const briefingAnalysisHelper = false;

/** See WorkerOptions.releaseAfterRebuild. */
export const releaseAfterRebuild = true;

/**
 * The briefing worker's old generation, in MB (0: V8's own limit). A limit makes V8 collect nearer the live set:
 * the app's first launch over the 10,000 generated articles (default window, ~2,800 articles; bench/findings.md,
 * fifth session) peaked at 216–223 MB RSS with 64 against 252–279 MB without one, but cost ~15 % more CPU in that
 * computation, missed the 150 MB target all the same, and a window a little larger (40 MB already ran out) would run
 * out once per app run and be computed twice. So no limit by default; the option and the recovery stay.
 */
export const briefingOldGenerationMb = 0;

/** Whether an error is a worker's running out of memory (ERR_WORKER_OUT_OF_MEMORY). */
export function isOutOfMemory(error: unknown): boolean {
	return error instanceof Error && (error as Error & {code?: unknown}).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

interface Pending {
	request: WorkerRequest;
	/** The thread computing it (a replacement after an out-of-memory takes it over). */
	worker: Worker;
	resolve: (reply: {briefing: Briefing; incremental: boolean}) => void;
	reject: (error: Error) => void;
	onProgress: ((progress: BriefingProgress) => void) | undefined;
	onBriefing: ((briefing: Briefing) => void) | undefined;
}

/**
 * A worker thread the app keeps while it has work. It keeps the briefing session of its last computation,
 * so the briefing after a refresh reads, analyses and clusters only the new articles (see
 * BriefingSessions); idle for `idleMs` it stops and gives its memory back, and the next one continues from
 * the session state in the store. A worker that dies fails what it was computing; the next request starts
 * a new one.
 */
export class BriefingWorker {
	#worker: Worker | undefined;
	#nextId = 1;
	readonly #pending = new Map<number, Pending>();
	readonly #options: WorkerOptions;
	#idleTimer: NodeJS.Timeout | undefined;
	/** The thread answered and is still writing its snapshot and session: an idle stop now would cut that write. */
	#writing = false;
	/** retryOldGenerationMb once a worker ran out of the limit: for its replacement and every later worker. */
	#oldGenerationMb: number;

	constructor(options: WorkerOptions = {}) {
		this.#options = options;
		this.#oldGenerationMb = options.oldGenerationMb ?? briefingOldGenerationMb;
	}

	/**
	 * The briefing of the store at `file`, and whether the worker's kept session made it incremental. `onProgress`
	 * hears how far a computation that takes a while has got (throttled in the worker, see WorkerOptions.progressMs).
	 * `onBriefing`, when given, is handed the briefing early when many articles are analysed afresh: first before
	 * their quotes are read (stories marked Story.analysing), then as they are (WorkerRequest.early); the promise
	 * resolves with the complete briefing.
	 */
	compute(
		file: string,
		options: StoreBriefingOptions,
		onProgress?: (progress: BriefingProgress) => void,
		onBriefing?: (briefing: Briefing) => void,
	): Promise<{briefing: Briefing; incremental: boolean}> {
		const {now, ...rest} = options;
		const id = this.#nextId++;
		const request: WorkerRequest = {
			id,
			file,
			options: {...rest, ...(now === undefined ? {} : {now: now.toISOString()})},
			deferSnapshot: this.#options.snapshotFirst !== true,
			...(this.#options.releaseAfterRebuild ?? releaseAfterRebuild ? {release: true} : {}),
			...(onProgress ? {progressMs: this.#options.progressMs ?? progressInterval, quotesProgressMs: this.#options.quotesProgressMs ?? quotesProgressInterval} : {}),
			...(onBriefing ? {early: true} : {}),
		};
		const worker = this.#start();
		clearTimeout(this.#idleTimer);
		// While it computes the worker keeps the process alive; idle, it must not (the app quits, a command ends).
		worker.ref();
		const idle = (current: Worker) => {
			if (this.#pending.size > 0) return;
			if (this.#options.unref) current.unref();
			this.#idleTimer = setTimeout(() => {
				if (this.#pending.size > 0 || this.#worker !== current) return;
				// The next worker continues from the stored session: one stopped mid-write would start over.
				if (this.#writing) idle(current);
				else void this.close();
			}, this.#options.idleMs ?? 20_000);
			this.#idleTimer.unref();
		};
		return new Promise<{briefing: Briefing; incremental: boolean}>((resolve, reject) => {
			this.#pending.set(id, {request, worker, resolve, reject, onProgress, onBriefing});
			worker.postMessage(request);
		}).finally(() => idle(this.#worker ?? worker));
	}

	/** The old generation limit of the next worker in MB (0: V8's own); it is lifted once a worker ran out of it. */
	get oldGenerationMb(): number {
		return this.#oldGenerationMb;
	}

	/** Whether the thread is up (it stops when idle, see idleMs). */
	get running(): boolean {
		return this.#worker !== undefined;
	}

	/** Stops the thread; pending computations fail. */
	async close(): Promise<void> {
		clearTimeout(this.#idleTimer);
		const worker = this.#worker;
		this.#worker = undefined;
		this.#writing = false;
		if (worker) await worker.terminate();
	}

	#start(): Worker {
		if (this.#worker) return this.#worker;
		const limit = this.#oldGenerationMb;
		// Set once the worker's end is handled (an error, its exit, or its release after answering).
		let failed = false;
		// A small young generation, as the analysis helper's: its garbage does not hold RSS (see helperYoungGenerationMb).
		const workerData: BriefingWorkerData = {
			helper: this.#options.helper ?? briefingAnalysisHelper,
			collect: this.#options.collectGarbage ?? collectBetweenPhases,
			...(this.#options.collectGrowthMb ? {collectGrowthMb: this.#options.collectGrowthMb} : {}),
			nice: this.#options.nice ?? backgroundNice,
		};
		const worker = inOwnThreadCompiling(
			() =>
				new Worker(workerUrl, {
					workerData,
					resourceLimits: {
						maxYoungGenerationSizeMb: this.#options.youngGenerationMb ?? helperYoungGenerationMb,
						...(limit > 0 ? {maxOldGenerationSizeMb: limit} : {}),
					},
				}),
		);
		worker.on('message', (message: WorkerReply) => {
			if ('written' in message) {
				if (this.#worker === worker) this.#writing = false;
				return;
			}
			const pending = this.#pending.get(message.id);
			if (!pending) return;
			if ('progress' in message) {
				// A replacement after an out-of-memory starts over: only the computing thread's reports count.
				if (pending.worker === worker) pending.onProgress?.(message.progress);
				return;
			}
			if ('partial' in message) {
				if (pending.worker === worker) pending.onBriefing?.(message.partial);
				return;
			}
			this.#pending.delete(message.id);
			if (this.#worker === worker && !('release' in message && message.release === true)) this.#writing = true;
			if (!('briefing' in message)) {
				pending.reject(new Error(message.error));
				return;
			}
			const answer = {briefing: message.briefing, incremental: message.incremental};
			const others = [...this.#pending.values()].some((other) => other.worker === worker);
			if (message.release !== true || others || this.#worker !== worker) {
				pending.resolve(answer);
				return;
			}
			// Its heap is given back before the answer is rendered, so the two peaks do not add up.
			this.#worker = undefined;
			failed = true;
			worker.terminate().then(
				() => pending.resolve(answer),
				() => pending.resolve(answer),
			);
		});
		const fail = (error: Error) => {
			if (failed) return;
			failed = true;
			if (this.#worker === worker) this.#worker = undefined;
			const mine = [...this.#pending.entries()].filter(([, pending]) => pending.worker === worker);
			// Out of the limit: the work goes to a worker without it (it keeps a session of that size, also later).
			const retryLimit = this.#options.retryOldGenerationMb ?? 0;
			if (isOutOfMemory(error) && limit > 0 && limit !== retryLimit) {
				this.#oldGenerationMb = retryLimit;
				if (mine.length === 0) return;
				const replacement = this.#start();
				replacement.ref();
				for (const [, pending] of mine) {
					pending.worker = replacement;
					replacement.postMessage(pending.request);
				}
				return;
			}
			for (const [id, pending] of mine) {
				this.#pending.delete(id);
				pending.reject(error);
			}
		};
		worker.on('error', fail);
		worker.on('exit', (code) => fail(new Error(`the briefing worker stopped (exit code ${code}) without a result`)));

		this.#worker = worker;
		return worker;
	}
}

/** The briefing computed by briefingFromStore in a worker thread of its own over `file` (which it also snapshots). */
export async function briefingInWorker(file: string, options: StoreBriefingOptions, workerOptions: WorkerOptions = {}): Promise<Briefing> {
	const worker = new BriefingWorker({...workerOptions, snapshotFirst: true});
	try {
		return (await worker.compute(file, options)).briefing;
	} finally {
		await worker.close();
	}
}
