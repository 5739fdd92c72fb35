// The helper thread of the analysis pool (analysis-pool.ts): analyses the articles and summarizes the stories the briefing thread hands it.

import {workerData} from 'node:worker_threads';
import {summarizeStory} from '../analysis/summary/summarize.js';
import {compileTopics} from '../analysis/topics/match.js';
import {analyzeArticle} from './analysis-cache.js';
import {claimedBy, poolSlot, shippedAnalysis, type PoolReply, type PoolRequest, type PoolWorkerData} from './analysis-pool.js';
import {quoteAnalysisOf} from './quotes.js';
import {lowerThreadPriority} from './thread-priority.js';

const {port, signal, topics, quotes, nice} = workerData as PoolWorkerData;
// As low as the thread that started it (the thread inherits that on Linux; set here too, where it may not).
if (nice !== undefined) lowerThreadPriority(nice);
const compiled = compileTopics(topics);

// The caller sleeps in Atomics.wait and cannot see this thread's 'exit' event: it reads the state instead.
process.on('exit', () => {
	Atomics.store(signal, poolSlot.state, 2);
	Atomics.add(signal, poolSlot.replies, 1);
	Atomics.notify(signal, poolSlot.replies);
});

function compute(request: PoolRequest): unknown[] {
	const done = <T>(result: T): T => {
		Atomics.add(signal, poolSlot.progress, 1);
		return result;
	};
	switch (request.task) {
		case 'summary':
			return request.items.map((story) => done(summarizeStory(story.articles, story.headline)));
		case 'quotes':
			return request.items.map((article) => done(quoteAnalysisOf(article)));
		case 'features':
			return request.items.map((article) => done(shippedAnalysis(analyzeArticle(article, compiled))));
		default:
			return request.items.map((article) => done(shippedAnalysis(analyzeArticle(article, compiled, quotes ? quoteAnalysisOf : undefined))));
	}
}

function answer(request: PoolRequest): PoolReply {
	const {call, batch, claims} = request;
	// The caller has taken this batch back (it had nothing else left to do).
	if (Atomics.compareExchange(claims, batch, 0, claimedBy.helper) !== 0) return {call, batch, skipped: true};
	try {
		return {call, batch, results: compute(request)};
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
