// Per-article analysis and story summaries over two threads: this one and a helper worker, answered synchronously and in order.

/*
 * Why synchronous: the briefing is computed by synchronous code (BriefingSession.update, briefingFromStore), in the
 * briefing worker and in-process by `lagebild brief` and the benchmarks. The calling thread analyses batches itself
 * and hands the helper one batch after another through a MessageChannel; the helper's replies are picked up with
 * receiveMessageOnPort, and while it has nothing left of its own the caller sleeps in Atomics.wait on a counter the
 * helper bumps after each reply. No event loop turn is needed on the calling side.
 *
 * The analysis of an article depends only on the article and the topic set (no state carries over from one article
 * to the next), and a story's summary only on its reports and headline, so which thread computed one does not change
 * the result: the output is the single-thread one.
 */

import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads';
import type {Article} from '../model/article.js';
import type {QuoteAnalysis} from '../model/quote.js';
import type {TopicDefinition} from '../model/topic.js';
import type {SummaryArticle} from '../analysis/summary/summarize.js';
import {packFeatures, type FeatureCounts, type PackedFeatures} from '../analysis/stories/features.js';
import type {ArticleAnalysis} from './analysis-cache.js';
import {poolHelperYoungGenerationMb} from './helper-heap.js';
import {currentThreadNice} from './thread-priority.js';

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
	/**
	 * The nice value of the thread that started the helper, when it runs lowered (a briefing worker, see
	 * thread-priority.ts): the helper takes the same, so both analysis threads yield to the app's UI thread.
	 */
	nice?: number;
}

/** What a story's summary is computed from (summarizeStory's arguments). */
export interface SummaryInput {
	articles: SummaryArticle[];
	headline: string;
}

/** The kinds of work the helper does, with what one item of each is. */
export interface PoolTasks {
	analysis: {item: Article; result: ArticleAnalysis};
	/** The analysis without the quote engine (features and topic scores: what clustering and ranking need). */
	features: {item: Article; result: ArticleAnalysis};
	/** The quote engine alone (see quoteAnalysisOf), for articles whose features were analysed before. */
	quotes: {item: Article; result: QuoteAnalysis};
	summary: {item: SummaryInput; result: string};
}

export type PoolTask = keyof PoolTasks;

export type PoolRequest = {
	/** Which call the batch belongs to (a reply to an earlier call's batch may still arrive). */
	call: number;
	batch: number;
	/**
	 * One slot per batch of the call, shared: whoever swaps a batch's 0 for its mark first computes it (the helper
	 * 1, the caller 2), so the caller can take back a batch the helper has not begun.
	 */
	claims: Int32Array;
} & {[Task in PoolTask]: {task: Task; items: Array<PoolTasks[Task]['item']>}}[PoolTask];

/**
 * An analysis as the helper sends it: the features packed. A FeatureCounts object of ~80 keys of its own arrives as
 * an object whose every key V8 gives a hidden class of its own (~70 µs an analysis on the receiving thread, where
 * the whole pool waits); two lists arrive in about half that, and receivedAnalysis makes them a dictionary again.
 */
export type ShippedAnalysis = Omit<ArticleAnalysis, 'features'> & {features: PackedFeatures};

/** The analysis as the helper sends it (analysis-worker.ts); the keys keep their order. */
export function shippedAnalysis(analysis: ArticleAnalysis): ShippedAnalysis {
	return {...analysis, features: packFeatures(analysis.features)};
}

/** The analysis the helper computed, as analyzeArticle gave it there (the same JSON, key for key). */
export function receivedAnalysis(shipped: ShippedAnalysis): ArticleAnalysis {
	return {...shipped, features: unpackedFeatures(shipped.features)};
}

/** Packed features as the FeatureCounts they were packed from (the same JSON, key for key). */
export function unpackedFeatures({keys, counts}: PackedFeatures): FeatureCounts {
	const features = Object.create(null) as FeatureCounts;
	for (let index = 0; index < keys.length; index++) features[keys[index]!] = counts[index]!;
	return features;
}

/** The helper's answer to a request: its results, or that the caller had taken the batch back, or its error. */
export type PoolReply = {call: number; batch: number} & ({results: unknown[]} | {skipped: true} | {error: string});

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
	/** Story summaries per batch handed to the helper (default 6: a few ms each). */
	summaryBatchSize?: number;
	/** The helper's script (default: analysis-worker.js beside this module, as built in dist/). */
	workerUrl?: URL;
	/** How long the helper may go without analysing an article before it is taken for dead (default 60 s). */
	stallMs?: number;
	/** The helper's young generation in MB (default poolHelperYoungGenerationMb). */
	youngGenerationMb?: number;
	/** See ArticleAnalyzer.quotesBehind (default quotesBehindArticles). */
	quotesBehind?: number;
}

/**
 * With a helper thread, the quote engine runs on about this many of an update's last entering articles only once all
 * features are there, while the caller clusters (BriefingSession.update): clustering is the caller's alone, and the
 * helper would otherwise wait through it with nothing to do. Clustering the 10,000 generated articles takes about as
 * long as the quote engine on ~1,500 (bench/findings.md, nineteenth session); fewer leave the helper idle again, more
 * hold more texts through the clustering.
 */
export const quotesBehindArticles = 2000;

/**
 * Batches handed to the helper before the caller turns to its own work (AnalyzeOptions.meanwhile): storing a window
 * of 1,000 analyses takes the caller ~40–60 ms, a batch of 12 articles the helper ~15 ms. What the helper has not
 * begun when the caller is done is taken back as usual.
 */
const meanwhileBatches = 6;

const defaultWorkerUrl = new URL('./analysis-worker.js', import.meta.url);

/** What the per-article analysis needs besides the article: the same in both threads. */
export interface AnalysisSpec {
	topics: TopicDefinition[];
	/** Whether the quote engine runs (quoteAnalysisOf, see quotes.ts). */
	quotes: boolean;
}

/** What the caller does while the helper works on the batches it was handed (see ArticleAnalyzer.analyze). */
export interface AnalyzeOptions {
	/**
	 * Work of the caller's own (e.g. storing the previous window's analyses) done after the helper was handed a few
	 * more batches than usual, so it is not left idle meanwhile; run once, before the analyses are complete.
	 */
	meanwhile?: (() => void) | undefined;
	/** How many batches the helper is handed before `meanwhile` runs (default meanwhileBatches; long work: all of them). */
	meanwhileBatches?: number | undefined;
	/** Features and topic scores only, without the quote engine (the helper's PoolTasks.features). */
	withoutQuotes?: boolean | undefined;
}

/** Analyses many articles and summarizes stories; `close` ends whatever thread it started. */
export interface ArticleAnalyzer {
	/** The analyses of `articles`, in their order; `analyzeHere` analyses one in the calling thread. */
	analyze(articles: readonly Article[], analyzeHere: (article: Article) => ArticleAnalysis, options?: AnalyzeOptions): ArticleAnalysis[];
	/** The quote analyses of `articles`, in their order; `quotesHere` computes one in the calling thread (quoteAnalysisOf). */
	quotes(articles: readonly Article[], quotesHere: (article: Article) => QuoteAnalysis, options?: AnalyzeOptions): QuoteAnalysis[];
	/** The summaries of these stories, in their order; `summarizeHere` computes one in the calling thread (summarizeStory). */
	summarize(stories: readonly SummaryInput[], summarizeHere: (story: SummaryInput) => string, options?: AnalyzeOptions): string[];
	close(): void;
	/** Whether a helper thread takes part (false: all in the calling thread). */
	readonly parallel: boolean;
	/**
	 * How many of an update's last articles are analysed without quotes first and have their quotes read while the caller
	 * clusters (see quotesBehindArticles); 0 without a helper, which would have nothing to do meanwhile.
	 */
	readonly quotesBehind: number;
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
	analyze(articles, analyzeHere, options) {
		options?.meanwhile?.();
		return articles.map((article) => analyzeHere(article));
	},
	quotes(articles, quotesHere, options) {
		options?.meanwhile?.();
		return articles.map((article) => quotesHere(article));
	},
	summarize(stories, summarizeHere, options) {
		options?.meanwhile?.();
		return stories.map((story) => summarizeHere(story));
	},
	close() {},
	parallel: false,
	quotesBehind: 0,
};

class HelperPool implements ArticleAnalyzer {
	readonly parallel = true;
	readonly quotesBehind: number;
	readonly #worker: Worker;
	readonly #port: MessagePort;
	readonly #signal = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
	readonly #batchSize: number;
	readonly #summaryBatchSize: number;
	readonly #stallMs: number;
	#closed = false;
	#calls = 0;

	constructor(spec: AnalysisSpec, options: AnalysisPoolOptions) {
		this.#batchSize = Math.max(1, options.batchSize ?? 12);
		this.#summaryBatchSize = Math.max(1, options.summaryBatchSize ?? 6);
		this.#stallMs = options.stallMs ?? 60_000;
		this.quotesBehind = options.quotesBehind ?? quotesBehindArticles;
		const {port1, port2} = new MessageChannel();
		this.#port = port1;
		const nice = currentThreadNice();
		const workerData: PoolWorkerData = {port: port2, signal: this.#signal, topics: spec.topics, quotes: spec.quotes, ...(nice ? {nice} : {})};
		this.#worker = new Worker(options.workerUrl ?? defaultWorkerUrl, {
			workerData,
			transferList: [port2],
			resourceLimits: {maxYoungGenerationSizeMb: options.youngGenerationMb ?? poolHelperYoungGenerationMb},
		});
		// Its errors are read from the shared state and its replies; the process need not wait for it.
		this.#worker.on('error', () => undefined);
		this.#worker.unref();
	}

	analyze(articles: readonly Article[], analyzeHere: (article: Article) => ArticleAnalysis, options: AnalyzeOptions = {}): ArticleAnalysis[] {
		return this.#map(options.withoutQuotes ? 'features' : 'analysis', articles, analyzeHere, this.#batchSize, options);
	}

	quotes(articles: readonly Article[], quotesHere: (article: Article) => QuoteAnalysis, options: AnalyzeOptions = {}): QuoteAnalysis[] {
		return this.#map('quotes', articles, quotesHere, this.#batchSize, options);
	}

	summarize(stories: readonly SummaryInput[], summarizeHere: (story: SummaryInput) => string, options: AnalyzeOptions = {}): string[] {
		return this.#map('summary', stories, summarizeHere, this.#summaryBatchSize, options);
	}

	/** `items` mapped by `here` in this thread and by the helper's `task` there, in order. */
	#map<Task extends PoolTask>(
		task: Task,
		items: ReadonlyArray<PoolTasks[Task]['item']>,
		here: (item: PoolTasks[Task]['item']) => PoolTasks[Task]['result'],
		batchSize: number,
		{meanwhile, meanwhileBatches: handed = meanwhileBatches}: AnalyzeOptions,
	): Array<PoolTasks[Task]['result']> {
		if (this.#closed) throw new Error('the analysis pool is closed');
		const call = ++this.#calls;
		const results = new Array<PoolTasks[Task]['result'] | undefined>(items.length);
		const batches = Math.ceil(items.length / batchSize);
		const claims = new Int32Array(new SharedArrayBuffer(Math.max(1, batches) * Int32Array.BYTES_PER_ELEMENT));
		const slice = (batch: number) => items.slice(batch * batchSize, (batch + 1) * batchSize);
		const sent = new Set<number>();
		let next = 0;
		// The helper has the batch it works on and one more waiting, so it never idles between replies; while the
		// caller does other work first, it has enough for that.
		let ahead = meanwhile ? Math.max(2, handed) : 2;
		const topUp = () => {
			while (sent.size < ahead && next < batches) {
				const batch = next++;
				sent.add(batch);
				this.#port.postMessage({call, batch, claims, task, items: slice(batch)} as PoolRequest);
			}
		};
		const take = (reply: PoolReply) => {
			if ('error' in reply) throw new Error(`the analysis worker failed: ${reply.error}`);
			if (reply.call !== call || !sent.delete(reply.batch) || 'skipped' in reply) return;
			const offset = reply.batch * batchSize;
			const received = task === 'analysis' || task === 'features' ? (result: unknown) => receivedAnalysis(result as ShippedAnalysis) : (result: unknown) => result;
			for (const [index, result] of reply.results.entries()) results[offset + index] = received(result) as PoolTasks[Task]['result'];
		};
		const drain = () => {
			for (let message = receiveMessageOnPort(this.#port); message; message = receiveMessageOnPort(this.#port)) take(message.message as PoolReply);
		};
		// The port is read only when the helper's reply counter moved (most items end with nothing to read).
		let replies = -1;
		const mapBatch = (batch: number) => {
			const offset = batch * batchSize;
			for (const [index, item] of slice(batch).entries()) {
				results[offset + index] = here(item);
				const now = Atomics.load(this.#signal, poolSlot.replies);
				if (now === replies) continue;
				replies = now;
				drain();
				topUp();
			}
		};
		try {
			topUp();
			if (meanwhile) {
				meanwhile();
				ahead = 2;
			}
			while (next < batches) {
				const batch = next++;
				Atomics.store(claims, batch, claimedBy.caller);
				mapBatch(batch);
			}
			// Nothing left to hand out: what the helper has not begun is done here rather than waited for.
			for (const batch of [...sent].sort((a, b) => b - a)) {
				if (Atomics.compareExchange(claims, batch, 0, claimedBy.caller) !== 0) continue;
				sent.delete(batch);
				mapBatch(batch);
			}
			this.#waitFor(sent, drain);
		} catch (error) {
			this.close();
			throw error;
		}
		return results as Array<PoolTasks[Task]['result']>;
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
