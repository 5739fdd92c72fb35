// Worker thread body: parses feeds handed over by the refresh (their text, or their bytes to inflate and decode here), beside
// fetch and store. Asked to, it runs only the XML parser and sends the items back as plain text fields for the
// refresh's thread to normalise.

import {parentPort} from 'node:worker_threads';
import {decodeFeedBytes} from './decode.js';
import {FeedError} from './feed-error.js';
import type {FeedBytes} from './fetch.js';
import {readableBytes} from './inflate.js';
import {normalizeFeed, prepareFeed} from './normalize.js';
import {extractFeed, type ExtractedFeed, type ParsedFeed, type ParseFeedOptions} from './parse.js';

export type ParseRequest = {
	id: number;
	options: ParseFeedOptions;
	/** True: the Articles; false: the extracted feed, normalised by the caller (its bodies' text prepared here with `prepare`). */
	normalize: boolean;
	prepare?: boolean;
} & ({text: string; raw?: undefined} | {raw: FeedBytes; text?: undefined});

export type ParseReply =
	| {id: number; ok: true; feed: ParsedFeed; normalized: true}
	| {id: number; ok: true; feed: ExtractedFeed; normalized: false}
	| {id: number; ok: false; message: string; feedError: boolean};

parentPort?.on('message', async (request: ParseRequest) => {
	let reply: ParseReply;
	try {
		const text = request.raw ? decodeFeedBytes(readableBytes(request.raw), request.raw.contentType).text : request.text;
		const extracted = await extractFeed(text, request.options);
		reply = request.normalize
			? {id: request.id, ok: true, feed: normalizeFeed(extracted, request.options), normalized: true}
			: {id: request.id, ok: true, feed: request.prepare ? prepareFeed(extracted, request.options) : extracted, normalized: false};
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
