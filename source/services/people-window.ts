// The People screen's wider window computed off the UI thread: a worker over the store file, else in this thread.

import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {peopleInWindow, type PeopleInWindow, type PeopleWindowOptions} from '../briefing/people-window.js';
import type {PeopleWindowReply, PeopleWindowRequest} from '../briefing/people-window-worker.js';
import {quoteAnalysisOf} from '../briefing/quotes.js';
import type {ArticleStore} from '../store/article-store.js';

const workerUrl = new URL('../briefing/people-window-worker.js', import.meta.url);

/** Only from the built JavaScript (under vitest no .js lies there) and over a file (an in-memory store is not shared). */
function canUseWorker(file: string): boolean {
	return file !== ':memory:' && file !== '' && existsSync(fileURLToPath(workerUrl));
}

export async function loadPeopleWindow(
	store: ArticleStore,
	window: PeopleWindowOptions['window'],
	now: Date,
	onProgress?: (done: number, total: number) => void,
): Promise<PeopleInWindow> {
	if (!canUseWorker(store.file)) {
		return peopleInWindow(store, {window, now, quoteEngine: quoteAnalysisOf, ...(onProgress ? {onProgress} : {})});
	}

	return new Promise((resolve, reject) => {
		const worker = new Worker(workerUrl, {workerData: {file: store.file, window, now: now.toISOString()} satisfies PeopleWindowRequest});
		let settled = false;
		worker.on('message', (reply: PeopleWindowReply) => {
			if ('progress' in reply) {
				onProgress?.(reply.progress.done, reply.progress.total);
				return;
			}

			settled = true;
			if ('result' in reply) resolve(reply.result);
			else reject(new Error(reply.error));
			void worker.terminate();
		});
		worker.on('error', error => {
			if (!settled) reject(error);
			settled = true;
		});
		worker.on('exit', code => {
			if (!settled) reject(new Error(`the people window's worker stopped (exit ${code})`));
			settled = true;
		});
		// The app may quit while it runs: the worker must not keep the process alive.
		worker.unref();
	});
}
