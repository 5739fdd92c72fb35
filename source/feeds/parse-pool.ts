// A small pool of parse workers: rss-parser costs 5–20 ms of CPU per feed, which on one thread would
// serialize a refresh behind parsing while the network and the store wait. Falls back to parsing in
// this thread where no worker can run (the TypeScript sources under test, or LAGEBILD_PARSE_WORKERS=0).
// Workers start with the first feed to parse, and this thread loads the parser only when it parses itself:
// a refresh where every feed answers 304 starts no thread and loads no XML code.

import {existsSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {ParseError} from './feed-error.js';
import type {ParsedFeed, ParseFeedOptions} from './parse.js';
import type {ParseReply, ParseRequest} from './parse-worker.js';

export interface FeedParser {
	parse(text: string, options: ParseFeedOptions): Promise<ParsedFeed>;
	/** Ends the workers; pending parses finish first. */
	close(): Promise<void>;
	/** Starts the workers now instead of with the first parse (they take tens of milliseconds to load the parser). */
	start(): void;
	/** How many worker threads parse (0: this thread does). */
	readonly workers: number;
}

const inline: FeedParser = {
	async parse(text, options) {
		const {parseFeedText} = await import('./parse.js');
		return parseFeedText(text, options);
	},
	close: async () => undefined,
	start: () => undefined,
	workers: 0,
};

interface Pending {
	resolve: (feed: ParsedFeed) => void;
	reject: (error: Error) => void;
}

/** The worker script next to this module, when it is there as JavaScript (the built dist/). */
function workerScript(): URL | undefined {
	const url = new URL('./parse-worker.js', import.meta.url);
	return existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * `size` workers (default: one per core but the one this thread keeps for fetching and the store);
 * the in-thread parser when workers are off or unavailable.
 */
export function createFeedParser(size = availableParallelism() - 1, env: NodeJS.ProcessEnv = process.env): FeedParser {
	const wanted = env.LAGEBILD_PARSE_WORKERS === undefined ? size : Number(env.LAGEBILD_PARSE_WORKERS);
	const script = workerScript();
	if (!script || !Number.isFinite(wanted) || wanted < 1) return inline;

	const pending = new Map<number, Pending>();
	const load = new Map<Worker, number>();
	let nextId = 0;
	const failAll = (error: Error) => {
		for (const {reject} of pending.values()) reject(error);
		pending.clear();
	};

	const count = Math.floor(wanted);
	let started: Worker[] | undefined;
	const start = (): Worker[] => Array.from({length: count}, () => {
		const worker = new Worker(script);
		// A parked worker must not keep the process alive; a busy one is referenced by its pending promise's caller.
		worker.unref();
		worker.on('message', (reply: ParseReply) => {
			const waiting = pending.get(reply.id);
			if (!waiting) return;
			pending.delete(reply.id);
			load.set(worker, (load.get(worker) ?? 1) - 1);
			if (reply.ok) waiting.resolve(reply.feed);
			else waiting.reject(reply.feedError ? new ParseError(reply.message) : new Error(reply.message));
		});
		worker.on('error', error => {
			failAll(error);
		});
		load.set(worker, 0);
		return worker;
	});

	return {
		workers: count,
		start() {
			started ??= start();
		},
		async parse(text, options) {
			started ??= start();
			const workers = started;
			// The least busy worker: feeds differ a lot in size, so round-robin would queue behind a big one.
			let target = workers[0]!;
			for (const worker of workers) if ((load.get(worker) ?? 0) < (load.get(target) ?? 0)) target = worker;
			load.set(target, (load.get(target) ?? 0) + 1);
			const id = nextId++;
			const request: ParseRequest = {id, text, options};
			return new Promise<ParsedFeed>((resolve, reject) => {
				pending.set(id, {resolve, reject});
				target.postMessage(request);
			});
		},
		async close() {
			await Promise.all((started ?? []).map(async worker => worker.terminate()));
			failAll(new Error('the parser was closed'));
		},
	};
}
