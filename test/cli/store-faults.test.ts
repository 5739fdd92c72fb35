// A store file that is corrupt or read-only: a clear error naming it, the file untouched, no feed fetched for nothing.

import {spawnSync} from 'node:child_process';
import {chmodSync, chownSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
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

/** Every file under the home with its bytes, to show a read-only run changed nothing. */
function homeFiles(): Map<string, string> {
	return new Map(readdirSync(home).sort().map(name => [name, readFileSync(path.join(home, name)).toString('base64')]));
}

describe('a home or store the user cannot write (#59)', () => {
	const canRun = process.getuid?.() !== 0 || isBuilt('cli.js');

	it.runIf(canRun)('reading commands read it, say once on stderr that nothing is saved, and change nothing; writing ones stop with the reason', async () => {
		expect((await cli(home, 'refresh')).code).toBe(0);
		const before = homeFiles();
		expect([...before.keys()]).toContain('lagebild.db');
		// The home itself cannot be written: SQLite cannot make the -shm file a WAL store is read through.
		chmodSync(home, 0o555);
		try {
			for (const argv of [['brief', '--since', 'all'], ['search', 'Impfstoff'], ['feeds', 'list'], ['topics', 'list']]) {
				const result = await asUserWithoutWrite(...argv);
				expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
				expect(result.stdout.length, argv.join(' ')).toBeGreaterThan(20);
				expect(result.stderr.match(/is not writable/g), argv.join(' ')).toHaveLength(1);
				expect(result.stderr).not.toContain('readonly database');
			}

			expect((await asUserWithoutWrite('brief', '--since', 'all')).stdout).toContain('Tagesschau');
			expect((await asUserWithoutWrite('search', 'Impfstoff')).stdout).toContain('Impfstoff');
			expect((await asUserWithoutWrite('brief', '--since', 'all')).stderr).toContain('nothing is saved');
			for (const argv of [['refresh'], ['feeds', 'add', server.url('/ok/nyt-world-europe-2021-02-27.rss')]]) {
				const result = await asUserWithoutWrite(...argv);
				expect(result.code, argv.join(' ')).toBe(1);
				expect(result.stderr).toContain(`home directory ${home} is not writable`);
				expect(result.stderr).toContain('only read');
			}
		} finally {
			chmodSync(home, 0o755);
		}

		expect(homeFiles()).toEqual(before);
		expect(server.requests.filter(request => request.path.includes('nyt'))).toEqual([]);
	});

	it.runIf(canRun)('a read-only store file in a writable home: brief and search read it; the store is unchanged', async () => {
		expect((await cli(home, 'refresh')).code).toBe(0);
		chmodSync(storePath(), 0o444);
		const before = readFileSync(storePath());
		const result = await asUserWithoutWrite('search', 'Impfstoff');
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain('Impfstoff');
		expect(result.stderr).toContain(`the article store ${storePath()} is read-only`);
		expect((await asUserWithoutWrite('brief', '--since', 'all')).code).toBe(0);
		expect(readFileSync(storePath()).equals(before)).toBe(true);
	});

	it.runIf(canRun)('a home that does not exist and cannot be made: brief shows the bundled briefing and says nothing is saved', async () => {
		chmodSync(home, 0o555);
		try {
			const missing = path.join(home, 'not-there');
			const nobody = 65_534;
			const run = process.getuid?.() === 0
				? spawnSync('setpriv', [`--reuid=${nobody}`, `--regid=${nobody}`, '--clear-groups', process.execPath, builtUrl('cli.js').pathname, '--home', missing, 'brief'], {encoding: 'utf8', env: {PATH: process.env.PATH ?? '', HOME: home}})
				: spawnSync(process.execPath, [builtUrl('cli.js').pathname, '--home', missing, 'brief'], {encoding: 'utf8', env: {PATH: process.env.PATH ?? '', HOME: home}});
			expect(run.status, run.stderr).toBe(0);
			expect(run.stdout).toMatch(/stories/);
			expect(run.stderr).toContain('nothing is saved');
		} finally {
			chmodSync(home, 0o755);
		}
	});
});
