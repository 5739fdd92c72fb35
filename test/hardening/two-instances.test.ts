// Two instances at once: a reader marking articles read (through the app's services) while `lagebild refresh` writes the same store.

import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import Database from 'better-sqlite3';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {startFarm, type Farm} from '../helpers/fuzz-farm.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(repoRoot, 'dist');
const root = mkdtempSync(path.join(tmpdir(), 'lagebild-two-'));
const home = path.join(root, 'home');
let farm: Farm;

// The reader: what the TUI does through StoreServices — load a briefing, mark articles read a few at a time.
const readerScript = `
import {openContext} from ${JSON.stringify(pathToFileURL(path.join(dist, 'commands', 'context.js')).href)};
import {StoreServices} from ${JSON.stringify(pathToFileURL(path.join(dist, 'services', 'store-services.js')).href)};
const [home, operations] = [process.argv[2], Number(process.argv[3])];
const context = await openContext({home, source: [], offline: false}, {env: {}});
const services = new StoreServices(context, {openUrl: async () => {}});
const uids = context.store.articles({}).map((article) => article.uid);
const per = Math.max(1, Math.ceil(uids.length / operations));
const marked = [];
const errors = [];
const started = Date.now();
try {
	await services.getBriefing({unreadOnly: true});
} catch (error) {
	errors.push('briefing: ' + (error?.message ?? String(error)));
}
for (let i = 0; i < uids.length; i += per) {
	const batch = uids.slice(i, i + per);
	try {
		await services.markRead(batch, true);
		marked.push(...batch);
	} catch (error) {
		errors.push(error?.message ?? String(error));
	}
	await new Promise((resolve) => setTimeout(resolve, 4));
}
try {
	await services.getBriefing({unreadOnly: true});
} catch (error) {
	errors.push('briefing: ' + (error?.message ?? String(error)));
}
context.close();
process.stdout.write(JSON.stringify({marked, errors, started, ended: Date.now()}));
`;

interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
	started: number;
	ended: number;
}

async function run(args: string[]): Promise<Run> {
	const started = Date.now();
	const child = spawn(process.execPath, args, {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, LAGEBILD_HOME: ''}});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return new Promise((resolve) => {
		child.on('exit', (code) => resolve({code, stdout, stderr, started, ended: Date.now()}));
	});
}

const refresh = async () => run([path.join(dist, 'cli.js'), 'refresh', '--home', home]);

beforeAll(async () => {
	farm = await startFarm(100, {minDelayMs: 5, maxDelayMs: 40});
	mkdirSync(home, {recursive: true});
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({
		feeds: farm.urls.map((url, index) => ({url, title: `Feed ${index}`, tags: [], enabled: true})),
		settings: {concurrency: 8, retentionDays: 0},
	}));
	writeFileSync(path.join(root, 'reader.mjs'), readerScript);
});
afterAll(async () => {
	await farm.close();
	rmSync(root, {recursive: true, force: true});
});

describe('a reader and a refresh on the same store', () => {
	test('both succeed, no "database is locked" reaches anyone, and no read mark is lost', async () => {
		expect(existsSync(path.join(dist, 'cli.js')), 'run `npm run build` first (npm test does it)').toBe(true);
		const first = await refresh();
		expect(first.code, first.stderr).toBe(0);
		// Changed bodies: refreshes now rewrite the articles the reader is marking (a body-only change keeps them read).
		farm.setVariant(1);
		const reader = run([path.join(root, 'reader.mjs'), home, '250']);
		const refreshes: Run[] = [];
		for (let variant = 2; variant <= 3; variant++) {
			refreshes.push(await refresh());
			farm.setVariant(variant);
		}
		const read = await reader;
		expect(read.code, read.stderr).toBe(0);
		const result = JSON.parse(read.stdout) as {marked: string[]; errors: string[]; started: number; ended: number};
		expect(result.errors).toEqual([]);
		for (const [index, done] of refreshes.entries()) {
			expect(done.code, `refresh ${index}: ${done.stderr}`).toBe(0);
			expect(done.stderr + done.stdout).not.toMatch(/locked|SQLITE_BUSY/i);
		}
		expect(read.stderr).not.toMatch(/locked|SQLITE_BUSY/i);
		// The two really ran at the same time.
		expect(result.started).toBeLessThan(refreshes[0]!.ended);
		expect(refreshes[0]!.started).toBeLessThan(result.ended);

		// Every mark survived the rewrites of its article.
		expect(result.marked.length).toBeGreaterThan(500);
		const store = new ArticleStore(path.join(home, 'lagebild.db'));
		try {
			const unread = new Set(store.articles({unreadOnly: true}).map((article) => article.uid));
			const lost = result.marked.filter((uid) => unread.has(uid));
			expect(lost).toEqual([]);
			// The refreshes did change the articles the reader marked.
			// (Items without a body of their own cannot carry the farm's variant prefix, so count, not sample.)
			const rewritten = result.marked.filter((uid) => {
				const article = store.article(uid);
				return /\[[123]\] /.test(`${article?.summary ?? ''} ${article?.content ?? ''}`);
			});
			expect(rewritten.length).toBeGreaterThan(result.marked.length / 2);
		} finally {
			store.close();
		}
		const db = new Database(path.join(home, 'lagebild.db'));
		expect(db.pragma('integrity_check', {simple: true})).toBe('ok');
		db.close();
	}, 90_000);
});
