// Per-article analysis over two threads: this one and a helper worker, answered synchronously and in article order.

/*
 * Why synchronous: the briefing is computed by synchronous code (BriefingSession.update, briefingFromStore), in the
 * briefing worker and in-process by `lagebild brief` and the benchmarks. The calling thread analyses batches itself
 * and hands the helper one batch after another through a MessageChannel; the helper's replies are picked up with
 * receiveMessageOnPort, and while it has nothing left of its own the caller sleeps in Atomics.wait on a counter the
 * helper bumps after each reply. No event loop turn is needed on the calling side.
 *
 * The analysis of an article depends only on the article and the topic set (no state carries over from one article
 * to the next), so which thread analysed it does not change the result: the output is the single-thread one.
 */

import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads';
import type {Article} from '../model/article.js';
import type {TopicDefinition} from '../model/topic.js';
import type {ArticleAnalysis} from './analysis-cache.js';

/** Slots of the shared Int32Array between the caller and the helper. */
export const poolSlot = {
	/** Replies the helper has posted (the caller waits on this slot). */
	replies: 0,
	/** Articles the helper has analysed: it is alive and working while this grows. */
	progress: 1,
	/** 1 once the helper's modules are loaded, 2 once its thread exits. */
	state: 2,
} as const;

export interface PoolWorkerData {
	port: MessagePort;
	signal: Int32Array;
	topics: TopicDefinition[];
	quotes: boolean;
}

export interface PoolRequest {
	/** Which analyze() call the batch belongs to (a reply to an earlier call's batch may still arrive). */
	call: number;
	batch: number;
	articles: Article[];
	/**
	 * One slot per batch of the call, shared: whoever swaps a batch's 0 for its mark first analyses it (the helper
	 * 1, the caller 2), so the caller can take back a batch the helper has not begun.
	 */
	claims: Int32Array;
}

/** The helper's answer to a request: its analyses, or that the caller had taken the batch back, or its error. */
export type PoolReply = {call: number; batch: number} & ({analyses: ArticleAnalysis[]} | {skipped: true} | {error: string});

export const claimedBy = {helper: 1, caller: 2} as const;

export interface AnalysisPoolOptions {
	/**
	 * Fewest articles to analyse for which a helper thread is started (default 400): starting one costs
	 * ~150 ms of the other core for loading the analysis modules and ~30 MB while it runs, which a few hundred
	 * articles (~1 ms each) repay. Below it the caller analyses alone.
	 */
	minArticles?: number;
	/** Articles per batch handed to the helper (default 12: ~10 ms of work, so the last one waited for is short). */
	batchSize?: number;
	/** The helper's script (default: analysis-worker.js beside this module, as built in dist/). */
	workerUrl?: URL;
	/** How long the helper may go without analysing an article before it is taken for dead (default 60 s). */
	stallMs?: number;
	/** The helper's young generation in MB (default helperYoungGenerationMb). */
	youngGenerationMb?: number;
}

/**
 * V8 lets a thread's young generation grow to 32 MB of semi-spaces, which a stream of short-lived analysis
 * garbage fills and RSS keeps; with 4 MB the app's computation peaked at 211–214 MB against 228–230 MB with
 * V8's default, CPU within noise (bench/RESULTS-analysis.md). A young-generation limit only makes
 * scavenges more frequent; unlike an old-generation limit it cannot make a thread run out of memory.
 */
export const helperYoungGenerationMb = 4;

const defaultWorkerUrl = new URL('./analysis-worker.js', import.meta.url);

/** What the per-article analysis needs besides the article: the same in both threads. */
export interface AnalysisSpec {
	topics: TopicDefinition[];
	/** Whether the quote engine runs (quoteAnalysisOf, see quotes.ts). */
	quotes: boolean;
}

/** Analyses many articles; `close` ends whatever thread it started. */
export interface ArticleAnalyzer {
	/** The analyses of `articles`, in their order; `analyzeHere` analyses one in the calling thread. */
	analyze(articles: readonly Article[], analyzeHere: (article: Article) => ArticleAnalysis): ArticleAnalysis[];
	close(): void;
	/** Whether a helper thread takes part (false: all in the calling thread). */
	readonly parallel: boolean;
}

/** Whether the helper's script exists (not under vitest's TypeScript sources, where no analysis-worker.js is built). */
export function canAnalyzeInParallel(options: Pick<AnalysisPoolOptions, 'workerUrl'> = {}): boolean {
	const url = options.workerUrl ?? defaultWorkerUrl;
	return url.protocol !== 'file:' || existsSync(fileURLToPath(url));
}

/**
 * An analyzer for about `expected` articles to analyse: with a helper thread when there are at least
 * `minArticles` of them and the helper's script is there, else one that analyses in the calling thread.
 */
export function articleAnalyzer(expected: number, spec: AnalysisSpec, options: AnalysisPoolOptions = {}): ArticleAnalyzer {
	if (expected < (options.minArticles ?? 400) || !canAnalyzeInParallel(options)) return inThisThread;
	return new HelperPool(spec, options);
}

/** Analyses one by one in the calling thread: below the threshold, and wherever no pool is wanted. */
export const inThisThread: ArticleAnalyzer = {
	analyze: (articles, analyzeHere) => articles.map((article) => analyzeHere(article)),
	close() {},
	parallel: false,
};

class HelperPool implements ArticleAnalyzer {
	readonly parallel = true;
	readonly #worker: Worker;
	readonly #port: MessagePort;
	readonly #signal = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
	readonly #batchSize: number;
	readonly #stallMs: number;
	#closed = false;
	#calls = 0;

	constructor(spec: AnalysisSpec, options: AnalysisPoolOptions) {
		this.#batchSize = Math.max(1, options.batchSize ?? 12);
		this.#stallMs = options.stallMs ?? 60_000;
		const {port1, port2} = new MessageChannel();
		this.#port = port1;
		const workerData: PoolWorkerData = {port: port2, signal: this.#signal, topics: spec.topics, quotes: spec.quotes};
		this.#worker = new Worker(options.workerUrl ?? defaultWorkerUrl, {
			workerData,
			transferList: [port2],
			resourceLimits: {maxYoungGenerationSizeMb: options.youngGenerationMb ?? helperYoungGenerationMb},
		});
		// Its errors are read from the shared state and its replies; the process need not wait for it.
		this.#worker.on('error', () => undefined);
		this.#worker.unref();
	}

	analyze(articles: readonly Article[], analyzeHere: (article: Article) => ArticleAnalysis): ArticleAnalysis[] {
		if (this.#closed) throw new Error('the analysis pool is closed');
		const call = ++this.#calls;
		const results = new Array<ArticleAnalysis | undefined>(articles.length);
		const batches = Math.ceil(articles.length / this.#batchSize);
		const claims = new Int32Array(new SharedArrayBuffer(Math.max(1, batches) * Int32Array.BYTES_PER_ELEMENT));
		const slice = (batch: number) => articles.slice(batch * this.#batchSize, (batch + 1) * this.#batchSize);
		const sent = new Set<number>();
		let next = 0;
		// The helper has the batch it works on and one more waiting, so it never idles between replies.
		const topUp = () => {
			while (sent.size < 2 && next < batches) {
				const batch = next++;
				sent.add(batch);
				this.#port.postMessage({call, batch, articles: slice(batch), claims} satisfies PoolRequest);
			}
		};
		const take = (reply: PoolReply) => {
			if ('error' in reply) throw new Error(`the analysis worker failed: ${reply.error}`);
			if (reply.call !== call || !sent.delete(reply.batch) || 'skipped' in reply) return;
			const offset = reply.batch * this.#batchSize;
			for (const [index, analysis] of reply.analyses.entries()) results[offset + index] = analysis;
		};
		const drain = () => {
			for (let message = receiveMessageOnPort(this.#port); message; message = receiveMessageOnPort(this.#port)) take(message.message as PoolReply);
		};
		// The port is read only when the helper's reply counter moved (most articles end with nothing to read).
		let replies = -1;
		const analyzeBatch = (batch: number) => {
			const offset = batch * this.#batchSize;
			for (const [index, article] of slice(batch).entries()) {
				results[offset + index] = analyzeHere(article);
				const now = Atomics.load(this.#signal, poolSlot.replies);
				if (now === replies) continue;
				replies = now;
				drain();
				topUp();
			}
		};
		try {
			topUp();
			while (next < batches) {
				const batch = next++;
				Atomics.store(claims, batch, claimedBy.caller);
				analyzeBatch(batch);
			}
			// Nothing left to hand out: what the helper has not begun is done here rather than waited for.
			for (const batch of [...sent].sort((a, b) => b - a)) {
				if (Atomics.compareExchange(claims, batch, 0, claimedBy.caller) !== 0) continue;
				sent.delete(batch);
				analyzeBatch(batch);
			}
			this.#waitFor(sent, drain);
		} catch (error) {
			this.close();
			throw error;
		}
		return results as ArticleAnalysis[];
	}

	/** Sleeps until the helper has answered every batch in `sent`; a helper that exits or stalls is an error. */
	#waitFor(sent: ReadonlySet<number>, drain: () => void): void {
		let progress = Atomics.load(this.#signal, poolSlot.progress);
		let since = performance.now();
		for (;;) {
			const replies = Atomics.load(this.#signal, poolSlot.replies);
			drain();
			if (sent.size === 0) return;
			if (Atomics.load(this.#signal, poolSlot.state) === 2) {
				drain();
				if (sent.size === 0) return;
				throw new Error('the analysis worker stopped without answering');
			}
			const now = Atomics.load(this.#signal, poolSlot.progress);
			if (now !== progress) {
				progress = now;
				since = performance.now();
			} else if (performance.now() - since > this.#stallMs) {
				throw new Error(`the analysis worker analysed nothing for ${Math.round(this.#stallMs / 1000)} s`);
			}
			// Woken by the next reply (or the helper's exit); the timeout only paces the stall check.
			Atomics.wait(this.#signal, poolSlot.replies, replies, Math.min(this.#stallMs, 250));
		}
	}

	close(): void {
		if (this.#closed) return;
		this.#closed = true;
		this.#port.close();
		// Its memory goes with the thread; nobody waits for that.
		void this.#worker.terminate().catch(() => undefined);
	}
}
