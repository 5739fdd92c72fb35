// The helper thread of the analysis pool (analysis-pool.ts): analyses the batches of articles the briefing thread hands it.

import {workerData} from 'node:worker_threads';
import {compileTopics} from '../analysis/topics/match.js';
import {analyzeArticle} from './analysis-cache.js';
import {claimedBy, poolSlot, type PoolReply, type PoolRequest, type PoolWorkerData} from './analysis-pool.js';
import {quoteAnalysisOf} from './quotes.js';

const {port, signal, topics, quotes} = workerData as PoolWorkerData;
const compiled = compileTopics(topics);

// The caller sleeps in Atomics.wait and cannot see this thread's 'exit' event: it reads the state instead.
process.on('exit', () => {
	Atomics.store(signal, poolSlot.state, 2);
	Atomics.add(signal, poolSlot.replies, 1);
	Atomics.notify(signal, poolSlot.replies);
});

function answer({call, batch, articles, claims}: PoolRequest): PoolReply {
	// The caller has taken this batch back (it had nothing else left to do).
	if (Atomics.compareExchange(claims, batch, 0, claimedBy.helper) !== 0) return {call, batch, skipped: true};
	try {
		const analyses = articles.map((article) => {
			const analysis = analyzeArticle(article, compiled, quotes ? quoteAnalysisOf : undefined);
			Atomics.add(signal, poolSlot.progress, 1);
			return analysis;
		});
		return {call, batch, analyses};
	} catch (error) {
		return {call, batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error)};
	}
}

port.on('message', (request: PoolRequest) => {
	port.postMessage(answer(request));
	Atomics.add(signal, poolSlot.replies, 1);
	Atomics.notify(signal, poolSlot.replies);
});
Atomics.store(signal, poolSlot.state, 1);
