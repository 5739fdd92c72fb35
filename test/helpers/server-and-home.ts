// A test file's loopback feed server and each test's own temporary lagebild home, set up and torn down by vitest's hooks.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach} from 'vitest';
import {type FeedServer, startFeedServer} from './feed-server.js';

export interface ServerAndHome {
	readonly server: FeedServer;
	/** A new empty folder for each test (its name starts with the prefix given), removed after it. */
	readonly home: string;
}

/** Registers the hooks; call it at the top of a test file and read `server` and `home` inside the tests. */
export function useFeedServerAndHome(prefix: string): ServerAndHome {
	let server: FeedServer | undefined;
	let home: string | undefined;
	beforeAll(async () => {
		server = await startFeedServer();
	});
	afterAll(async () => {
		await server?.close();
	});
	beforeEach(() => {
		home = mkdtempSync(path.join(tmpdir(), prefix));
	});
	afterEach(() => {
		if (home) rmSync(home, {recursive: true, force: true});
	});
	return {
		get server() {
			if (!server) throw new Error('the feed server is started in beforeAll: read it inside a test');
			return server;
		},
		get home() {
			if (!home) throw new Error('the home is made in beforeEach: read it inside a test');
			return home;
		},
	};
}
