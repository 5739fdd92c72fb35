// Crash safety: `lagebild refresh` of 100 feeds killed with SIGKILL at random points; the store always opens, is intact, and has every committed feed whole.

import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import Database from 'better-sqlite3';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {decodeFeedBytes} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {defaultSettings} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {startFarm, type Farm} from '../helpers/fuzz-farm.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliPath = path.join(repoRoot, 'dist', 'cli.js');
const feedCount = 100;
const kills = Number(process.env.CRASH_KILLS ?? 10);
const root = mkdtempSync(path.join(tmpdir(), 'lagebild-crash-'));
let farm: Farm;
/** Articles each feed must hold once its refresh has committed (its items after the settings' cap), or -1 for a feed that cannot parse. */
const expected = new Map<string, number>();

beforeAll(async () => {
	farm = await startFarm(feedCount, {minDelayMs: 5, maxDelayMs: 50});
	for (const url of farm.urls) {
		try {
			const parsed = await parseFeedText(decodeFeedBytes(farm.bodies.get(url)!).text, {feedUrl: url, fetchedAt: new Date().toISOString(), settings: defaultSettings});
			expected.set(url, parsed.articles.length);
		} catch {
			expected.set(url, -1);
		}
	}
});
afterAll(async () => {
	await farm.close();
	rmSync(root, {recursive: true, force: true});
});

function writeConfig(home: string): void {
	// Retention off: the fixtures are years old, and the check is that nothing committed is lost.
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({
		feeds: farm.urls.map((url, index) => ({url, title: `Feed ${index}`, tags: [], enabled: true})),
		settings: {concurrency: 8, retentionDays: 0, timeoutSeconds: 10},
	}));
}

/** Runs the built CLI; kills it with SIGKILL after `killAfterMs` (if it is still running). */
async function runRefresh(home: string, killAfterMs?: number): Promise<{code: number | null; signal: NodeJS.Signals | null; stderr: string}> {
	const child = spawn(process.execPath, [cliPath, 'refresh', '--home', home], {stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, LAGEBILD_HOME: ''}});
	let stderr = '';
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
	return new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			resolve({code, signal, stderr});
		});
	});
}

/** Opens the store the way the app does and checks integrity and every committed feed. Returns how many feeds are ok. */
function checkStore(home: string): number {
	const file = path.join(home, 'lagebild.db');
	if (!existsSync(file)) return 0;
	const db = new Database(file);
	try {
		expect(db.pragma('integrity_check', {simple: true})).toBe('ok');
		expect(db.pragma('foreign_key_check')).toEqual([]);
	} finally {
		db.close();
	}
	const store = new ArticleStore(file);
	try {
		let ok = 0;
		for (const state of store.feedStates()) {
			if (state.status !== 'ok') continue;
			ok++;
			const want = expected.get(state.url);
			expect(want, state.url).toBeGreaterThanOrEqual(0);
			expect(store.articles({feedUrls: [state.url]}), state.url).toHaveLength(want!);
			expect(state.articleCount, state.url).toBe(want);
		}
		return ok;
	} finally {
		store.close();
	}
}

describe('SIGKILL during refresh', () => {
	test(`${kills} kills at random points, on fresh and on reused stores: the store is intact and every committed feed complete`, async () => {
		expect(existsSync(cliPath), 'run `npm run build` first (npm test does it)').toBe(true);
		const parseable = [...expected.values()].filter((count) => count >= 0).length;
		// Deterministic "random" delays from startup to the end of a refresh.
		let seed = 12_345;
		const next = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
			return seed / 2_147_483_648;
		};
		const shared = path.join(root, 'shared');
		mkdirSync(shared, {recursive: true});
		writeConfig(shared);
		// How long one whole refresh takes on this machine now: kills are spread over that span, so they land
		// before, during and near the end of the commits however fast or loaded the machine is.
		const timing = path.join(root, 'timing');
		mkdirSync(timing, {recursive: true});
		writeConfig(timing);
		const started = performance.now();
		expect((await runRefresh(timing)).code).toBe(0);
		const span = performance.now() - started;
		const okCounts: number[] = [];
		for (let kill = 0; kill < kills; kill++) {
			// Odd kills hit a store that earlier killed runs left behind; even ones a new store.
			const home = kill % 2 === 1 ? shared : path.join(root, `fresh-${kill}`);
			mkdirSync(home, {recursive: true});
			writeConfig(home);
			// From before the first commit to just before the end of a whole refresh.
			const result = await runRefresh(home, 100 + Math.floor(next() * Math.max(200, span - 100)));
			okCounts.push(checkStore(home));
			// A run that finished before its kill must have succeeded.
			if (result.signal === null) expect(result.code, result.stderr).toBe(0);
		}
		// The kills landed at different points: before any commit, in the middle, near the end. (Feeds that finish
		// together are committed together, up to 16 in one transaction, so fewer distinct counts are possible.)
		expect(new Set(okCounts).size, `feeds ok after each kill: ${okCounts.join(', ')}`).toBeGreaterThanOrEqual(3);
		expect(okCounts.some((count) => count > 0 && count < parseable), okCounts.join(', ')).toBe(true);
		// After all that, the reused store still completes a refresh.
		const final = await runRefresh(shared);
		expect(final.code, final.stderr).toBe(0);
		expect(checkStore(shared)).toBe(parseable);
		console.info(`crash-safety: ${kills} SIGKILLs; feeds ok after each: ${okCounts.join(', ')}; final ${parseable}/${feedCount}`);
	}, 120_000);
});
