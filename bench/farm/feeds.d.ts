// Types of feeds.js for the TypeScript tests that check the farm.

export interface FarmFeed {
	index: number;
	path: string;
	title: string;
	format: 'rss' | 'atom';
	primary: string;
	items: number;
	body: Buffer;
	gzip: Buffer;
	etag: string;
	lastModified: string;
	contentType: string;
}

export interface BuildFarmOptions {
	count?: number;
	itemsPerFeed?: number;
	seed?: number;
	fixtureDir?: string;
	baseUrl?: string;
	/** Time (ms) of the newest item; default the start of the current hour. */
	newest?: number;
}

export const defaultFixtureDir: string;
export function createRandom(seed: number): () => number;
export function buildFarmFeeds(options?: BuildFarmOptions): FarmFeed[];
