// A loopback farm of many feeds (the real fixtures, a few broken), each answered after a random delay, for crash and concurrency tests.

import {readFileSync, readdirSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {fixtureDir} from './fuzz-feeds.js';

export interface Farm {
	baseUrl: string;
	/** Every feed's URL, in order. */
	urls: string[];
	/** The bytes each URL serves. */
	bodies: Map<string, Buffer>;
	/** Requests answered so far. */
	served(): number;
	/**
	 * From now on every item's first description, summary or content gets the prefix "[N] ": the same items with a changed
	 * body (0 = the original bytes). The body, not the title: a retitled item is news again and loses its read mark.
	 */
	setVariant(variant: number): void;
	close(): Promise<void>;
}

/** Serves `count` feeds at /feed/N, cycling through the fixture files; each answer waits minDelay..maxDelay ms. */
export async function startFarm(count: number, options: {minDelayMs?: number; maxDelayMs?: number; seed?: number} = {}): Promise<Farm> {
	const files = readdirSync(fixtureDir).filter((name) => /\.(?:rss|atom|rdf)$/.test(name)).sort();
	const fixtures = files.map((name) => readFileSync(path.join(fixtureDir, name)));
	const minDelay = options.minDelayMs ?? 5;
	const maxDelay = options.maxDelayMs ?? 60;
	// A small deterministic generator: the same farm every run.
	let state = options.seed ?? 7;
	const random = () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
	const delays = Array.from({length: count}, () => minDelay + Math.floor(random() * (maxDelay - minDelay + 1)));
	let served = 0;
	let variant = 0;
	const variants = new Map<string, Buffer>();
	const bodyFor = (index: number): Buffer => {
		const original = fixtures[index % fixtures.length]!;
		if (variant === 0) return original;
		const key = `${index % fixtures.length}:${variant}`;
		let body = variants.get(key);
		if (!body) {
			body = Buffer.from(original.toString('latin1').replaceAll(/(<(?:item|entry)\b[\s\S]*?<(?:description|summary|content(?::encoded)?)\b[^>]*>(?:\s*<!\[CDATA\[)?)/g, `$1[${variant}] `), 'latin1');
			variants.set(key, body);
		}
		return body;
	};
	const server = http.createServer((req, res) => {
		const match = /^\/feed\/(\d+)$/.exec(req.url ?? '');
		const index = match ? Number(match[1]) : -1;
		if (index < 0 || index >= count) {
			res.writeHead(404).end();
			return;
		}
		const body = bodyFor(index);
		setTimeout(() => {
			served++;
			res.writeHead(200, {'content-type': 'application/xml', 'content-length': body.length});
			res.end(body);
		}, delays[index]);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const urls = Array.from({length: count}, (_, index) => `${baseUrl}/feed/${index}`);
	const bodies = new Map(urls.map((url, index) => [url, fixtures[index % fixtures.length]!]));
	return {
		baseUrl,
		urls,
		bodies,
		served: () => served,
		setVariant: (next: number) => {
			variant = next;
		},
		close: async () => new Promise<void>((resolve) => {
			server.closeAllConnections();
			server.close(() => resolve());
		}),
	};
}
