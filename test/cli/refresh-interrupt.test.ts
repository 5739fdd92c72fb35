// `lagebild refresh` as a real process: Ctrl-C / SIGTERM print what was done and exit 130 / 143; a second refresh on the same home is refused.

import {type ChildProcess, spawn} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest';
import {readFixture} from '../helpers/feed-server.js';
import {bundleForChild} from '../store/source-bundle.js';
import {cli, cliWith} from './run-cli.js';

const feeds = ['tagesschau-2021-02-18.rss', 'nyt-world-europe-2021-02-27.rss'].map(name => readFixture(name));
/** Requests to /slow/ wait until `slowOpen` (then they get a feed). */
let slowOpen = false;
const waiting: http.ServerResponse[] = [];
const asked: string[] = [];
let server: http.Server;
let base = '';
let cliScript = '';
let home = '';

function answer(path: string, response: http.ServerResponse): void {
	response.writeHead(200, {'content-type': 'application/rss+xml'}).end(feeds[Number(path.at(-1)) % 2]);
}

beforeAll(async () => {
	server = http.createServer((request, response) => {
		const path = request.url ?? '/';
		asked.push(path);
		if (path.startsWith('/slow/') && !slowOpen) {
			waiting.push(response);
			return;
		}
		answer(path, response);
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	cliScript = await bundleForChild('lagebild-cli', "import './source/cli.tsx';");
});

afterAll(async () => {
	for (const response of waiting) response.destroy();
	server.closeAllConnections();
	await new Promise(resolve => server.close(resolve));
	rmSync(cliScript, {force: true});
});

beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-interrupt-'));
	slowOpen = false;
	asked.length = 0;
	// Two feeds answer at once, four wait: a signal lands with 2 of 6 done.
	const list = [...['/fast/0', '/fast/1'], ...['/slow/0', '/slow/1', '/slow/2', '/slow/3']].map(feedPath => ({url: `${base}${feedPath}`, title: feedPath, tags: [], enabled: true}));
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: list, settings: {timeoutSeconds: 30, retentionDays: 0}}));
});

afterEach(() => {
	for (const response of waiting.splice(0)) response.destroy();
	rmSync(home, {recursive: true, force: true});
});

function startRefresh(): {child: ChildProcess; output: () => string; exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>} {
	const child = spawn(process.execPath, [cliScript, 'refresh', '--home', home], {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, LAGEBILD_HOME: ''}});
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => child.on('exit', (code, signal) => resolve({code, signal})));
	return {child, output: () => output, exited};
}

/** Waits up to 10 s for the child's progress, naming what it waited for when it does not come. */
async function until(condition: () => boolean, what: string): Promise<void> {
	await vi.waitUntil(condition, {timeout: 10_000, interval: 25}).catch(() => {
		throw new Error(`timed out waiting for ${what}`);
	});
}

function checkStore(): {integrity: unknown; ok: number} {
	const db = new Database(path.join(home, 'lagebild.db'), {readonly: true});
	try {
		return {integrity: db.pragma('integrity_check', {simple: true}), ok: db.prepare("SELECT count(*) FROM feeds WHERE status = 'ok'").pluck().get() as number};
	} finally {
		db.close();
	}
}

describe('refresh interrupted', () => {
	for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
		it(`${signal}: says how many feeds were done and how many articles stored, exits ${code}; the store is whole and the next refresh goes on`, async () => {
			const run = startRefresh();
			await until(() => (run.output().match(/^ {2}✓ /gm) ?? []).length === 2 && waiting.length === 4, 'two feeds done and four waiting');
			run.child.kill(signal);
			const exit = await run.exited;
			expect(exit.code).toBe(code);
			const lines = run.output().split('\n');
			const stored = run.output().match(/^ {2}✓ .* — (\d+) new of/gm)!.map(line => Number(/(\d+) new of/.exec(line)![1])).reduce((sum, n) => sum + n, 0);
			expect(stored).toBeGreaterThan(0);
			expect(lines).toContain(`Interrupted: 2 of 6 feeds done, ${stored.toLocaleString('en-US')} new articles stored; the next refresh goes on.`);
			expect(checkStore()).toEqual({integrity: 'ok', ok: 2});

			for (const response of waiting.splice(0)) response.destroy();
			slowOpen = true;
			const next = startRefresh();
			expect((await next.exited).code).toBe(0);
			expect(next.output()).toMatch(/Refreshed 6 feeds .*: 6 ok/);
			expect(checkStore()).toEqual({integrity: 'ok', ok: 6});
		});
	}
});

describe('two refreshes on one home', () => {
	it('the second one says who refreshes, asks no feed and exits 0; once the first is killed the next refresh runs', async () => {
		const first = startRefresh();
		await until(() => waiting.length === 4, 'the first refresh waiting for the slow feeds');
		const askedBefore = asked.length;
		const second = await cli(home, 'refresh');
		expect(second.code).toBe(0);
		expect(second.stdout).toBe(`another lagebild is refreshing these feeds (pid ${first.child.pid}); try again when it is done\n`);
		// In the interface's language (walk 14 #269: it was English in a German run).
		const german = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'refresh');
		expect(german.stdout).toBe(`ein anderes lagebild aktualisiert gerade diese Feeds (PID ${first.child.pid}); bitte danach noch einmal versuchen\n`);
		expect(asked.length).toBe(askedBefore);

		// SIGKILL: no handler runs, the lock row stays behind naming a dead process.
		first.child.kill('SIGKILL');
		await first.exited;
		for (const response of waiting.splice(0)) response.destroy();
		slowOpen = true;
		const third = await cli(home, 'refresh');
		expect(third.code).toBe(0);
		expect(third.stdout).toMatch(/Refreshed 6 feeds .*: 6 ok/);
	});
});
