// The worker thread that gathers the People screen's wider window (7 days, everything), so keys never wait for it.

import {parentPort, workerData} from 'node:worker_threads';
import {peopleInWindow, type PeopleInWindow, type PeopleWindowOptions} from './people-window.js';
import {quoteAnalysisOf} from './quotes.js';
import {openWorkerStore} from './worker-store.js';

export interface PeopleWindowRequest {
	file: string;
	window: PeopleWindowOptions['window'];
	now: string;
}

export type PeopleWindowReply = {progress: {done: number; total: number}} | {result: PeopleInWindow} | {error: string};

const request = workerData as PeopleWindowRequest;
const store = openWorkerStore(request.file);
try {
	let last = 0;
	const result = peopleInWindow(store, {
		window: request.window,
		now: new Date(request.now),
		quoteEngine: quoteAnalysisOf,
		onProgress(done, total) {
			const now = performance.now();
			if (now - last < 200 && done < total) return;
			last = now;
			parentPort?.postMessage({progress: {done, total}} satisfies PeopleWindowReply);
		},
	});
	parentPort?.postMessage({result} satisfies PeopleWindowReply);
} catch (error) {
	parentPort?.postMessage({error: error instanceof Error ? error.message : String(error)} satisfies PeopleWindowReply);
} finally {
	store.close();
}
