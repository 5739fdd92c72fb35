// A store file that is corrupt or read-only: a clear error naming it, the file untouched, no feed fetched for nothing.

import {spawnSync} from 'node:child_process';
import {chmodSync, chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {builtUrl, isBuilt} from '../helpers/built-dist.js';
import {type FeedServer, startFeedServer} from '../helpers/feed-server.js';
import {cli, type CliResult} from './run-cli.js';

let server: FeedServer;
let home: string;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => {
	await server.close();
});
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-store-faults-'));
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url: server.url('/ok/tagesschau-2021-02-18.rss'), title: 'Tagesschau', tags: [], enabled: true}], settings: {timeoutSeconds: 5, retentionDays: 0}}));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

const storePath = () => path.join(home, 'lagebild.db');

/**
 * The CLI as a user who cannot write the store. root writes any file whatever its mode, so as root the built CLI
 * runs as nobody (setpriv), in a home that nobody owns.
 */
function asUserWithoutWrite(...argv: string[]): CliResult | Promise<CliResult> {
	if (process.getuid?.() !== 0) return cli(home, ...argv);
	const nobody = 65_534;
	chownSync(home, nobody, nobody);
	chownSync(path.join(home, 'config.json'), nobody, nobody);
	const run = spawnSync('setpriv', [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', process.execPath, builtUrl('cli.js').pathname, '--home', home, ...argv], {encoding: 'utf8', env: {PATH: process.env.PATH ?? '', HOME: home}});
	return {code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr};
}

describe('the article store file', () => {
	it('a corrupt store: every command names the file and what to do, and leaves it as it was', async () => {
		writeFileSync(storePath(), 'this is no SQLite file, but someone may want it back\n');
		for (const argv of [['feeds', 'list'], ['brief'], ['refresh'], ['search', 'Berlin']]) {
			const result = await cli(home, ...argv);
			expect(result.code, argv.join(' ')).toBe(1);
			expect(result.stderr).toContain(`cannot open the article store ${storePath()}: file is not a database`);
			expect(result.stderr).toContain('move it away');
		}

		expect(readFileSync(storePath(), 'utf8')).toBe('this is no SQLite file, but someone may want it back\n');
		expect(server.requests).toEqual([]);
	});

	it.runIf(process.getuid?.() !== 0 || isBuilt('cli.js'))('a read-only store: refresh says so with the path before fetching anything; the store is unchanged', async () => {
		new ArticleStore(storePath()).close();
		const before = readFileSync(storePath());
		chmodSync(storePath(), 0o444);
		const result = await asUserWithoutWrite('refresh');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`the article store ${storePath()} is read-only`);
		expect(result.stdout).not.toContain('readonly database');
		expect(server.requests).toEqual([]);
		expect(readFileSync(storePath()).equals(before)).toBe(true);
	});
});
