// Worker thread body: parses feed texts handed over by the refresh, so parsing runs beside fetch and store.

import {parentPort} from 'node:worker_threads';
import {FeedError} from './feed-error.js';
import {type ParseFeedOptions, parseFeedText} from './parse.js';

export interface ParseRequest {
	id: number;
	text: string;
	options: ParseFeedOptions;
}

export type ParseReply =
	| {id: number; ok: true; feed: Awaited<ReturnType<typeof parseFeedText>>}
	| {id: number; ok: false; message: string; feedError: boolean};

parentPort?.on('message', async (request: ParseRequest) => {
	let reply: ParseReply;
	try {
		reply = {id: request.id, ok: true, feed: await parseFeedText(request.text, request.options)};
	} catch (error) {
		reply = {
			id: request.id,
			ok: false,
			message: error instanceof Error ? error.message : String(error),
			feedError: error instanceof FeedError,
		};
	}

	parentPort?.postMessage(reply);
});
