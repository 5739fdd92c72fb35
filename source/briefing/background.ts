// Computing the briefing off the main thread: a worker over the store file when the built worker exists.

import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import type {Briefing} from '../model/briefing.js';
import type {StoreBriefingOptions} from './from-store.js';

export interface WorkerRequest {
	file: string;
	/** As StoreBriefingOptions, with the time as ISO text (a Date does not cross threads as itself). */
	options: Omit<StoreBriefingOptions, 'now'> & {now?: string};
}

export type WorkerReply = {briefing: Briefing} | {error: string};

const workerUrl = new URL('./briefing-worker.js', import.meta.url);

/**
 * Whether a worker can run: only from the built JavaScript (under vitest the sources are TypeScript and no
 * briefing-worker.js lies beside this module) and only over a store file (an in-memory store is not shared).
 */
export function canComputeInWorker(file: string): boolean {
	return file !== ':memory:' && file !== '' && existsSync(fileURLToPath(workerUrl));
}

export interface WorkerOptions {
	/** Let the process exit while the worker still runs (the app quitting mid-computation). */
	unref?: boolean;
}

/** The briefing computed by briefingFromStore in a worker thread over `file` (which it also snapshots). */
export function briefingInWorker(file: string, options: StoreBriefingOptions, workerOptions: WorkerOptions = {}): Promise<Briefing> {
	const {now, ...rest} = options;
	const request: WorkerRequest = {file, options: {...rest, ...(now === undefined ? {} : {now: now.toISOString()})}};
	return new Promise((resolve, reject) => {
		const worker = new Worker(workerUrl, {workerData: request});
		if (workerOptions.unref) worker.unref();
		let settled = false;
		worker.once('message', (message: WorkerReply) => {
			settled = true;
			if ('briefing' in message) resolve(message.briefing);
			else reject(new Error(message.error));
		});
		worker.once('error', (error) => {
			settled = true;
			reject(error);
		});
		worker.once('exit', (code) => {
			if (!settled) reject(new Error(`the briefing worker stopped (exit code ${code}) without a result`));
		});
	});
}
