// The worker thread that computes the briefing over the store file, so the app's keys never wait for it.

import {parentPort, workerData} from 'node:worker_threads';
import {ArticleStore} from '../store/article-store.js';
import {briefingFromStore} from './from-store.js';
import type {WorkerReply, WorkerRequest} from './background.js';

function reply(message: WorkerReply): void {
	parentPort?.postMessage(message);
}

const request = workerData as WorkerRequest;
try {
	// A store of its own on the same file: WAL lets it read while the app's connection writes read marks.
	const store = new ArticleStore(request.file);
	try {
		const {now, ...options} = request.options;
		const briefing = briefingFromStore(store, {...options, ...(now === undefined ? {} : {now: new Date(now)})});
		reply({briefing});
	} finally {
		store.close();
	}
} catch (error) {
	reply({error: error instanceof Error ? (error.stack ?? error.message) : String(error)});
}
