// A test file's loopback feed server and each test's own temporary lagebild home, set up and torn down by vitest's hooks.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {type FeedServer, startFeedServer} from './feed-server.js';

export interface ServerAndHome {
	readonly server: FeedServer;
	/** A new empty folder for each test (its name starts with the prefix given), removed after it. */
	readonly home: string;
}

export interface OwnServerAndHome {
	/** "http://127.0.0.1:PORT" of the test file's own server. */
	readonly base: string;
	/** A new empty folder for each test (its name starts with the prefix given), removed after it. */
	readonly home: string;
}

/** A feed of the list in config.json, as lagebild writes it. */
export interface ListedFeed {
	url: string;
	title: string;
	tags: string[];
	enabled: boolean;
}

/** Registers each test's home; its getter throws outside a test. */
function useHome(prefix: string): () => string {
	let home: string | undefined;
	beforeEach(() => {
		home = mkdtempSync(path.join(tmpdir(), prefix));
	});
	afterEach(() => {
		if (home) rmSync(home, {recursive: true, force: true});
	});
	return () => {
		if (!home) throw new Error('the home is made in beforeEach: read it inside a test');
		return home;
	};
}

/** Registers the hooks; call it at the top of a test file and read `server` and `home` inside the tests. */
export function useFeedServerAndHome(prefix: string): ServerAndHome {
	let server: FeedServer | undefined;
	beforeAll(async () => {
		server = await startFeedServer();
	});
	afterAll(async () => {
		await server?.close();
	});
	const home = useHome(prefix);
	return {
		get server() {
			if (!server) throw new Error('the feed server is started in beforeAll: read it inside a test');
			return server;
		},
		get home() {
			return home();
		},
	};
}

/**
 * As useFeedServerAndHome, with the test file's own handler in place of the fixture routes: for a feed the test
 * changes between refreshes (a retitled item, a redirect that appears).
 */
export function useOwnServerAndHome(prefix: string, handler: http.RequestListener): OwnServerAndHome {
	let server: http.Server | undefined;
	let base: string | undefined;
	beforeAll(async () => {
		server = http.createServer(handler);
		await new Promise<void>(resolve => server!.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await new Promise(resolve => server?.close(resolve));
	});
	const home = useHome(prefix);
	return {
		get base() {
			if (!base) throw new Error('the server is started in beforeAll: read it inside a test');
			return base;
		},
		get home() {
			return home();
		},
	};
}

/** Writes the home's config.json: these feeds, a 5 s timeout and no retention (a test's items are of any age). */
export function writeFeedList(home: string, feeds: readonly ListedFeed[]): void {
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds, settings: {timeoutSeconds: 5, retentionDays: 0}}));
}

/** Opens the home's store for `use` and closes it after. */
export function withHomeStore<T>(home: string, use: (store: ArticleStore) => T): T {
	const store = new ArticleStore(path.join(home, 'lagebild.db'));
	try {
		return use(store);
	} finally {
		store.close();
	}
}
