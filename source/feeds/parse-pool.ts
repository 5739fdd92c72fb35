// A small pool of parse workers: rss-parser costs 5–20 ms of CPU per feed, which on one thread would
// serialize a refresh behind parsing while the network and the store wait. Falls back to parsing in
// this thread where no worker can run (the TypeScript sources under test, or LAGEBILD_PARSE_WORKERS=0).
// Workers start with the first feed to parse, and this thread loads the parser only when it parses itself:
// a refresh where every feed answers 304 starts no thread and loads no XML code.

import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {decodeFeedBytes} from './decode.js';
import {ParseError} from './feed-error.js';
import type {FeedBytes} from './fetch.js';
import {readableBytes} from './inflate.js';
import type {ParsedFeed, ParseFeedOptions} from './normalize.js';
import type {ParseReply, ParseRequest} from './parse-worker.js';

export interface FeedParser {
	/**
	 * Parses a feed's text, or its bytes as received (inflated and decoded where they are parsed: a worker is handed the
	 * bytes' memory instead of a copy of the text, and the caller's bytes are unusable afterwards).
	 */
	parse(input: string | FeedBytes, options: ParseFeedOptions): Promise<ParsedFeed>;
	/** Ends the workers; pending parses finish first. */
	close(): Promise<void>;
	/** Starts the workers now instead of with the first parse (they take tens of milliseconds to load the parser). */
	start(): void;
	/** How many worker threads parse (0: this thread does). */
	readonly workers: number;
	/** How many feeds this thread parsed itself, beside the workers (all of them when there are none). */
	readonly parsedHere: number;
	/** How many feeds a worker parsed and this thread normalised, or finished normalising. */
	readonly normalizedHere: number;
}

async function parseHere(input: string | FeedBytes, options: ParseFeedOptions): Promise<ParsedFeed> {
	const {parseFeedText} = await import('./parse.js');
	return parseFeedText(typeof input === 'string' ? input : decodeFeedBytes(readableBytes(input), input.contentType).text, options);
}

function createInline(): FeedParser {
	let parsed = 0;
	return {
		async parse(input, options) {
			parsed++;
			return parseHere(input, options);
		},
		close: async () => undefined,
		start: () => undefined,
		workers: 0,
		get parsedHere() {
			return parsed;
		},
		normalizedHere: 0,
	};
}

interface Pending {
	options: ParseFeedOptions;
	resolve: (feed: ParsedFeed) => void;
	reject: (error: Error) => void;
}

/** The bytes as a view that owns its whole memory, which can be moved to a worker (a pooled Buffer shares its memory). */
function movable(bytes: Uint8Array): Uint8Array {
	return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}

/** The worker script next to this module, when it is there as JavaScript (the built dist/). */
function workerScript(): URL | undefined {
	const url = new URL('./parse-worker.js', import.meta.url);
	return existsSync(fileURLToPath(url)) ? url : undefined;
}

/** Event-loop utilisation (busy share) of this thread over the last ≈ 50 ms. */
function createBusyMeter(windowMs = 50) {
	let mark = performance.eventLoopUtilization();
	let busy = 0;
	let sampledAt = performance.now();
	return {
		/** True when this thread was busy less than `share` of the time lately. */
		thisThreadHasTime(share: number): boolean {
			const now = performance.now();
			if (now - sampledAt >= windowMs) {
				sampledAt = now;
				const next = performance.eventLoopUtilization();
				busy = performance.eventLoopUtilization(next, mark).utilization;
				mark = next;
			}
			return busy < share;
		},
	};
}

/**
 * Who turns the items a worker found into Articles: the worker, this thread, or
 * ('balance') the worker when it is not behind — fewer than `workerBehind` feeds in hand —, and when it is, the two
 * together: the worker turns the bodies into plain text (prepareFeed, about half of normalising), this thread does the rest.
 */
export type NormalizeIn = 'worker' | 'caller' | 'balance';

/**
 * A worker with this many feeds in hand (the one it parses and those queued for it) is behind. The farm's cold refresh
 * keeps 15–60 feeds queued for the worker from its start to nearly the end; what balances the two threads then is the
 * share of normalising each does, and about half each was measured best (bench/findings.md, sixth session):
 * - this thread normalising every feed the worker is behind on: it became the slowest side, idle 20–100 ms against the
 *   worker's 290–460 ms, and it finished normalising and storing 270–300 ms after the worker's last reply;
 * - every other feed each: both idle ≈ 100 ms, the end 35–140 ms after the last reply;
 * - every feed split by stage (bodies to text in the worker, the rest here): as balanced, and 40–70 ms less CPU than
 *   every other feed in two interleaved series (each thread then warms up only its half of the code);
 * - the earlier rule, whichever event loop was less busy in the last 50 ms, split the farm about evenly but in bursts
 *   (a burst of responses read after a commit all went one way; a worker still starting looked idle and was given the
 *   first 30 feeds), and the worker, the slowest side then, kept 15–60 feeds waiting while this thread idled 0.3 s.
 * With fewer queued (the last feeds, a slow network) the worker has time and normalises its own.
 */
const workerBehind = 2;

/**
 * When this thread parses a whole feed itself instead of queueing it for a worker. The farm's cold refresh showed the
 * worker with 60 feeds waiting for most of the run while this thread (the network and the store) was idle for 30–90 %
 * of each 50 ms: every fetch slot held a feed waiting to be parsed.
 */
export interface ParseHere {
	/** The least loaded worker has at least this many feeds waiting or in hand. */
	backlog: number;
	/** And this thread was busy less than this share of the last ≈ 50 ms. */
	busyBelow: number;
}

/**
 * `size` workers (default: one per core but the one this thread keeps for fetching and the store);
 * the in-thread parser when workers are off or unavailable. With workers and `parseHereWhen`, this thread takes a
 * feed itself when the workers are backlogged and it has time. Off by default: in interleaved A/B runs of the farm's
 * cold refresh (load 7–15) it cost +4–7 % CPU and no wall time — this thread's first feeds run in cold code and it
 * loads rss-parser a second time — and a quiet machine to show a gain was not to be had (bench/findings.md).
 */
export function createFeedParser(size = availableParallelism() - 1, env: NodeJS.ProcessEnv = process.env, normalizeIn: NormalizeIn = 'balance', parseHereWhen: ParseHere | false = false): FeedParser {
	const wanted = env.LAGEBILD_PARSE_WORKERS === undefined ? size : Number(env.LAGEBILD_PARSE_WORKERS);
	const script = workerScript();
	if (!script || !Number.isFinite(wanted) || wanted < 1) return createInline();

	const pending = new Map<number, Pending>();
	const load = new Map<Worker, number>();
	let nextId = 0;
	const failAll = (error: Error) => {
		for (const {reject} of pending.values()) reject(error);
		pending.clear();
	};

	const count = Math.floor(wanted);
	const meter = createBusyMeter();
	let started: Worker[] | undefined;
	// Normalising a feed's items (text, dates, ids, language) is about a third of parsing it. With all of it in the
	// workers, this thread idled for a quarter of a refresh while they were the slowest part; with none, the reverse
	// (where they have time: see workerBehind).
	let normalizer: Promise<typeof import('./normalize.js')> | undefined;
	const start = (): Worker[] => Array.from({length: count}, () => {
		normalizer ??= import('./normalize.js');
		const worker = new Worker(script);
		// A parked worker must not keep the process alive; a busy one is referenced by its pending promise's caller.
		worker.unref();
		worker.on('message', (reply: ParseReply) => {
			const waiting = pending.get(reply.id);
			if (!waiting) return;
			pending.delete(reply.id);
			load.set(worker, (load.get(worker) ?? 1) - 1);
			if (!reply.ok) {
				waiting.reject(reply.feedError ? new ParseError(reply.message) : new Error(reply.message));
				return;
			}

			if (reply.normalized) {
				waiting.resolve(reply.feed);
				return;
			}

			const extracted = reply.feed;
			void normalizer!.then(({normalizeFeed}) => {
				waiting.resolve(normalizeFeed(extracted, waiting.options));
			}).catch((error: unknown) => {
				waiting.reject(error instanceof Error ? error : new Error(String(error)));
			});
		});
		worker.on('error', error => {
			failAll(error);
		});
		load.set(worker, 0);
		return worker;
	});

	let parsedHere = 0;
	let normalizedHere = 0;
	return {
		workers: count,
		get parsedHere() {
			return parsedHere;
		},
		get normalizedHere() {
			return normalizedHere;
		},
		start() {
			started ??= start();
		},
		async parse(input, options) {
			started ??= start();
			const workers = started;
			// The least busy worker: feeds differ a lot in size, so round-robin would queue behind a big one.
			let target = workers[0]!;
			for (const worker of workers) if ((load.get(worker) ?? 0) < (load.get(target) ?? 0)) target = worker;
			if (parseHereWhen && (load.get(target) ?? 0) >= parseHereWhen.backlog && meter.thisThreadHasTime(parseHereWhen.busyBelow)) {
				parsedHere++;
				return parseHere(input, options);
			}

			const normalize = normalizeIn === 'worker' || (normalizeIn === 'balance' && (load.get(target) ?? 0) < workerBehind);
			// Behind, the worker still turns the bodies into text (prepareFeed) and this thread does the rest.
			const prepare = normalizeIn === 'balance' && !normalize;
			if (!normalize) normalizedHere++;
			// A compressed body is inflated by the worker, a bomb or corrupt body fails there: this thread, which stores and
			// normalises half of what the worker parses, is the refresh's slower side to its end.
			const bytes = input;
			load.set(target, (load.get(target) ?? 0) + 1);
			const id = nextId++;
			// Bytes are moved, not copied: the decoded text was copied twice on its way (serialised here, read there),
			// and decoding is done in the worker, which has the time for it while this thread serves the network.
			const raw = typeof bytes === 'string' ? undefined : {...bytes, body: movable(bytes.body)};
			const request: ParseRequest = raw ? {id, raw, options, normalize, prepare} : {id, text: bytes as string, options, normalize, prepare};
			return new Promise<ParsedFeed>((resolve, reject) => {
				pending.set(id, {options, resolve, reject});
				target.postMessage(request, raw ? [raw.body.buffer as ArrayBuffer] : []);
			});
		},
		async close() {
			await Promise.all((started ?? []).map(async worker => worker.terminate()));
			failAll(new Error('the parser was closed'));
		},
	};
}
