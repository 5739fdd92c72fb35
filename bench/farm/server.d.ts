// Types of server.js for the TypeScript tests that check the farm.

import type {IncomingMessage} from 'node:http';
import type {FarmFeed} from './feeds.js';

export interface FarmStats {
	requests: number;
	ok: number;
	notModified: number;
	notFound: number;
	bytes: number;
	gzip: number;
	conditional: number;
}

export interface FarmOptions {
	count?: number;
	itemsPerFeed?: number;
	minDelay?: number;
	maxDelay?: number;
	maxRequests?: number;
	lifetimeMs?: number;
	fixtureDir?: string;
	/** Spread the feeds over this many ports of 127.0.0.1 (default 1). */
	ports?: number;
	log?: (line: string) => void;
	/** Called as each request arrives (no status) and as each 304 is sent (status 304). */
	onRequest?: (request: IncomingMessage, status?: 304) => void;
}

export interface Farm {
	baseUrl: string;
	ports: number;
	feeds: FarmFeed[];
	urls: string[];
	totalItems: number;
	totalBytes: number;
	takeStats(): FarmStats;
	readonly closed: boolean;
	stop(reason?: string): Promise<void>;
}

export function startFarm(options?: FarmOptions): Promise<Farm>;
