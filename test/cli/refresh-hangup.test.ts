// End to end: the terminal closed under `lagebild refresh` (a tmux window killed while slow feeds are still fetched)
// ends it quietly — no 'write EIO' stack, no Node assertion ("ResetStdio … Assertion failed", a native abort) — with
// exit 129, the store consistent and the refresh lock free (sixth walk #138, left: the app had this, refresh not).

import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import Database from 'better-sqlite3';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {builtCli, repoRoot} from '../helpers/e2e-app.js';
import {type FeedServer, startFeedServer} from '../helpers/feed-server.js';
import {hasTmux, startTmux, type TmuxSession} from '../helpers/tmux.js';
import {cli} from './run-cli.js';

// Runs the command on the pane's terminal and writes how it ended to a file; outlives the terminal (SIGHUP ignored).
// 'forward' passes the SIGHUP on, as an interactive shell does to its jobs; 'keep' does not (a parent that ignores it):
// the refresh then meets the dead terminal at its next write (EIO).
const wrapper = `
const {spawn} = require('node:child_process');
const {writeFileSync} = require('node:fs');
const [out, mode, ...command] = process.argv.slice(1);
const child = spawn(process.execPath, command, {stdio: ['inherit', 'inherit', 'pipe']});
process.on('SIGHUP', () => { if (mode === 'forward') child.kill('SIGHUP'); });
let stderr = '';
child.stderr.on('data', data => { stderr += data; });
child.on('exit', (code, signal) => { setTimeout(() => writeFileSync(out, JSON.stringify({code, signal, stderr})), 300); });
`;

let server: FeedServer;
const homes: string[] = [];
const sessions: TmuxSession[] = [];

beforeAll(async () => {
	if (!existsSync(builtCli)) throw new Error('dist/cli.js is missing: npm test builds it first (pretest)');
	server = await startFeedServer();
});

afterAll(async () => {
	await server?.close();
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.kill();
	for (const home of homes.splice(0)) rmSync(home, {recursive: true, force: true});
});

async function refreshThenCloseTerminal(mode: 'forward' | 'keep'): Promise<{home: string; end: {code: number | null; signal: string | null; stderr: string}}> {
	const home = mkdtempSync(path.join(tmpdir(), 'lagebild-hangup-refresh-'));
	homes.push(home);
	const feeds = [
		{url: server.url('/ok/tagesschau-2021-02-18.rss'), title: 'Fast'},
		...[1, 2, 3].map(n => ({url: server.url(`/slow?ms=8000&n=${n}`), title: `Slow ${n}`})),
	].map(feed => ({...feed, tags: [], enabled: true}));
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds, settings: {timeoutSeconds: 30, retentionDays: 0}}));
	const out = path.join(home, 'end.json');
	const session = startTmux(['node', '-e', wrapper, out, mode, builtCli, '--home', home, 'refresh'], {
		cwd: repoRoot,
		width: 100,
		height: 20,
		env: {LANG: 'en_US.UTF-8', TERM: 'xterm-256color'},
	});
	sessions.push(session);
	await session.waitFor(/Refreshing 1\/4/, 30_000);
	session.kill();
	for (const deadline = Date.now() + 30_000; !existsSync(out) && Date.now() < deadline;) await delay(100);
	return {home, end: JSON.parse(readFileSync(out, 'utf8')) as {code: number | null; signal: string | null; stderr: string}};
}

function checkStore(home: string): {integrity: string; articles: number} {
	const db = new Database(path.join(home, 'lagebild.db'), {readonly: true});
	try {
		return {integrity: db.pragma('integrity_check', {simple: true}) as string, articles: db.prepare('SELECT count(*) FROM articles').pluck().get() as number};
	} finally {
		db.close();
	}
}

describe.skipIf(!hasTmux())('lagebild refresh when its terminal is closed', () => {
	it.each(['forward', 'keep'] as const)('ends quietly with 129, the store whole and free for the next refresh (SIGHUP %s)', async mode => {
		const {home, end} = await refreshThenCloseTerminal(mode);
		expect(end.stderr).toBe('');
		expect(end).toMatchObject({code: 129, signal: null});
		const store = checkStore(home);
		expect(store.integrity).toBe('ok');
		// The fast feed was committed before the terminal went.
		expect(store.articles).toBeGreaterThan(0);
		// The refresh lock went with the process: the next refresh runs (it does not say another one is under way).
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url: server.url('/ok/tagesschau-2021-02-18.rss'), title: 'Fast', tags: [], enabled: true}], settings: {timeoutSeconds: 5, retentionDays: 0}}));
		const again = await cli(home, 'refresh');
		expect(again).toMatchObject({code: 0, stderr: ''});
		expect(again.stdout).toMatch(/^Refreshed 1 feed in [\d.]+ s: 0 ok, 1 not modified, 0 failed/m);
	}, 90_000);
});
