// The built executable (dist/cli.js → the esbuild bundle dist/bundle/cli.cjs): it draws with the patched Ink, its
// worker threads and files found relative to a module resolve to the files tsc emitted, and it keeps V8's code cache.

import {execFile, spawnSync} from 'node:child_process';
import {promisify} from 'node:util';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {type FeedServer, startFeedServer} from '../helpers/feed-server.js';
import {hasTmux, startTmux, type TmuxSession} from '../helpers/tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist', 'cli.js');
const bundleDir = path.join(root, 'dist', 'bundle');
const bundleFile = path.join(bundleDir, 'cli.cjs');

/** A preload that records the script of every worker thread the process starts (one line each). */
const workerLogger = `
const threads = require('node:worker_threads');
const {appendFileSync} = require('node:fs');
const Original = threads.Worker;
threads.Worker = class extends Original {
	constructor(script, options) {
		appendFileSync(process.env.LAGEBILD_TEST_WORKER_LOG, String(script) + '\\n');
		super(script, options);
	}
};
`;

/** A preload whose module hook records every ES module import the process resolves into node_modules (one URL a line), and every require. */
const loadLogger = `
import {register} from 'node:module';
register('data:text/javascript,' + encodeURIComponent(\`
import {appendFileSync} from 'node:fs';
export async function resolve(specifier, context, next) {
	const result = await next(specifier, context);
	if (result.url.includes('/node_modules/')) appendFileSync(process.env.LAGEBILD_TEST_LOAD_LOG, result.url + String.fromCharCode(10));
	return result;
}\`));
import Module from 'node:module';
import {appendFileSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) {
	const file = resolveFilename.apply(this, args);
	if (file.includes('/node_modules/')) appendFileSync(process.env.LAGEBILD_TEST_LOAD_LOG, pathToFileURL(file).href + String.fromCharCode(10));
	return file;
};
`;

let work = '';
let preload = '';
let workerLog = '';
let loadPreload = '';
let loadLog = '';

beforeAll(() => {
	if (!existsSync(bundleFile)) throw new Error('dist/bundle/cli.cjs is missing: npm test builds it first (pretest)');
	// A plain `tsc` build (without scripts/bundle.mjs) puts tsc's own cli.js back: the runs below would not start the bundle.
	if (!readFileSync(cli, 'utf8').includes('bundle/cli.cjs')) throw new Error('dist/cli.js is not the launcher of the bundle: run npm run build');
	work = mkdtempSync(path.join(tmpdir(), 'lagebild-bundle-'));
	preload = path.join(work, 'worker-logger.cjs');
	writeFileSync(preload, workerLogger);
	workerLog = path.join(work, 'workers.log');
	loadPreload = path.join(work, 'load-logger.mjs');
	writeFileSync(loadPreload, loadLogger);
	loadLog = path.join(work, 'loads.log');
});

afterAll(() => {
	rmSync(work, {recursive: true, force: true});
});

/** The bundle's code (one file). */
function bundleText(): string {
	return readFileSync(bundleFile, 'utf8');
}

function loggedWorkers(): string[] {
	return existsSync(workerLog) ? readFileSync(workerLog, 'utf8').trim().split('\n').filter(Boolean) : [];
}

describe('the bundle', () => {
	it('is what dist/cli.js runs, with Ink, React and better-sqlite3\'s JavaScript inside and nothing outside', () => {
		const launcher = readFileSync(cli, 'utf8');
		expect(launcher).toContain("new URL(\"bundle/cli.cjs\", import.meta.url)");
		// The launcher loads nothing but Node's own modules before the bundle.
		expect([...launcher.matchAll(/^import .* from "([^"]+)";$/gm)].map(match => match[1]).filter(name => !name!.startsWith('node:'))).toEqual([]);
		const text = bundleText();
		expect(text).toContain('// node_modules/ink/build/output.js');
		expect(text).toContain('// node_modules/react-reconciler/');
		// React's production build only: the development one would be dead weight in every start.
		expect(text).not.toContain('react-reconciler.development.js');
		// CommonJS has no top-level await: yoga's WebAssembly is instantiated at once (scripts/without-top-level-await.mjs).
		expect(text).toMatch(/wrapAssembly\(\(\(\) => \{\s*const (\w+) = \{\};\s*\w+\(\1\);\s*return \1;\s*\}\)\(\)\)/);
		// The bundled ES modules' imports of what stays outside (esbuild's `import_x = require("x")`).
		const packages = new Set([...text.matchAll(/\bimport_\w+ = (?:__toESM\()?require\("([^".][^"]*)"\)/g)].map(match => match[1]).filter(name => !name!.startsWith('node:')));
		expect([...packages].filter(name => !/^(fs|path|url|util|os|crypto|module|events|stream|tty|child_process|assert|buffer|worker_threads|zlib|http|https|net|process|string_decoder)$/.test(name!))).toEqual([]);
		// better-sqlite3's addon is loaded from its package (scripts/better-sqlite-inside.mjs), not through `bindings`.
		expect(text).toContain('// node_modules/better-sqlite3/lib/database.js');
		expect(text).not.toContain('require("bindings")');
	});

	it('gives each module the URL of its tsc-emitted file, so every file found relative to one exists', () => {
		const targets = new Set<string>();
		for (const match of bundleText().matchAll(/new URL\("(\.\.\/[^"]+\.js)", __lagebildImportMeta\.url\)\.href/g)) {
			targets.add(path.resolve(bundleDir, match[1]!));
		}

		const relative = [...targets].map(file => path.relative(root, file)).sort();
		expect(relative).toEqual(expect.arrayContaining(['dist/feeds/parse-pool.js', 'dist/briefing/background.js', 'dist/config/default-topics.js', 'dist/commands/project-root.js']));
		expect(relative.filter(file => !existsSync(path.join(root, file)))).toEqual([]);
	});

	it('is Latin-1 text, which V8 holds in one byte a character (scripts/latin1-source.mjs)', () => {
		const text = bundleText();
		expect([...text.matchAll(/[^\x00-\xff]/g)].map(match => text.slice(match.index - 30, match.index + 5))).toEqual([]);
		// The quote engine's quotation marks are escapes in its patterns.
		expect(text).toContain('\\u201E');
	});
});

describe('the bundle at work', () => {
	let server: FeedServer | undefined;
	let session: TmuxSession | undefined;
	let home = '';

	afterEach(async () => {
		session?.kill();
		session = undefined;
		await server?.close();
		server = undefined;
		if (home) rmSync(home, {recursive: true, force: true});
		rmSync(workerLog, {force: true});
	});

	it('refreshes with its parse worker (the tsc-built worker beside the module that starts it)', async () => {
		server = await startFeedServer();
		home = mkdtempSync(path.join(work, 'home-'));
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [
			{url: server.url('/ok/tagesschau-2021-02-18.rss'), title: 'Tagesschau', tags: [], enabled: true},
			{url: server.url('/ok/nyt-world-europe-2021-02-27.rss'), title: 'NYT Europe', tags: [], enabled: true},
		// Retention off: the fixtures are years old, and the store now holds only what the refresh brought.
		], settings: {retentionDays: 0}}));
		// Not spawnSync: the feed server answers from this process's event loop.
		const result = await promisify(execFile)(process.execPath, ['--require', preload, cli, 'refresh', '--home', home], {
			encoding: 'utf8',
			env: {...process.env, LAGEBILD_TEST_WORKER_LOG: workerLog, LAGEBILD_PARSE_WORKERS: '1'},
		});
		expect(result.stderr).toBe('');
		expect(result.stdout).toMatch(/Tagesschau/);
		expect(loggedWorkers().map(url => path.relative(root, fileURLToPath(url)))).toEqual(['dist/feeds/parse-worker.js']);
		// The articles arrived: the briefing lists them (topics read from feeds/topics.json relative to a module).
		const brief = spawnSync(process.execPath, [cli, 'brief', '--offline', '--since', 'all', '--format', 'json', '--home', home], {encoding: 'utf8'});
		expect(brief.status).toBe(0);
		const briefing = JSON.parse(brief.stdout) as {topics?: unknown[]};
		expect(briefing.topics?.length).toBeGreaterThan(0);
	});

	it.skipIf(!hasTmux())('draws the briefing with Ink\'s caches patched into the bundled Ink and computes it in the briefing worker', async () => {
		home = mkdtempSync(path.join(work, 'home-'));
		const mark = path.join(work, 'app.mark');
		rmSync(mark, {force: true});
		// No feeds configured: the app fills its store from the bundled snapshots (feeds/, found from the package root).
		rmSync(loadLog, {force: true});
		session = startTmux(['node', '--require', preload, '--import', pathToFileURL(loadPreload).href, cli, '--offline', '--home', home], {
			cwd: root,
			env: {LAGEBILD_BENCH_MARK: mark, LAGEBILD_TEST_WORKER_LOG: workerLog, LAGEBILD_TEST_LOAD_LOG: loadLog},
		});
		await session.waitFor(screen => /Topics/.test(screen) && !/Loading/.test(screen), 30_000);
		const deadline = Date.now() + 15_000;
		while (!(existsSync(mark) && readFileSync(mark, 'utf8').includes('first-frame')) && Date.now() < deadline) await sleep(50);
		const marks = readFileSync(mark, 'utf8');
		expect(marks).toContain('ink-output-caches on');
		expect(marks).toMatch(/first-frame \d+/);
		expect(loggedWorkers().map(url => path.relative(root, fileURLToPath(url)))).toContain('dist/briefing/briefing-worker.js');
		// Idle a while: the row warmer (ui/ink-row-warmer.ts) loads its Ink internals then. All of Ink is in the
		// bundle; a second copy loaded from node_modules would be one the output cache's patch does not reach.
		await sleep(1500);
		const loaded = existsSync(loadLog) ? readFileSync(loadLog, 'utf8').trim().split('\n').filter(Boolean) : [];
		expect(loaded.filter(url => /\/node_modules\/(ink|chalk|react|yoga-layout)\//.test(url))).toEqual([]);
		session.send('q');
		await session.waitFor(() => !session!.isAlive(), 10_000);
	});
	it.skipIf(!hasTmux())('writes V8\'s code cache once the app has drawn its first frame, and the next start compiles from it', async () => {
		home = mkdtempSync(path.join(work, 'home-'));
		const cache = path.join(work, 'code-cache');
		const screens: string[] = [];
		const marks: string[] = [];
		for (const start of [1, 2]) {
			const mark = path.join(work, `cache-${start}.mark`);
			session = startTmux(['node', cli, '--offline', '--home', home], {cwd: root, env: {LAGEBILD_BENCH_MARK: mark, LAGEBILD_CODE_CACHE: cache}});
			await session.waitFor(screen => /Topics/.test(screen) && !/Loading/.test(screen), 30_000);
			const deadline = Date.now() + 15_000;
			while (!(existsSync(cache) && readdirSync(cache).some(name => name.endsWith('.bin'))) && Date.now() < deadline) await sleep(50);
			screens.push(session.capture());
			marks.push(readFileSync(mark, 'utf8'));
			session.send('q');
			await session.waitFor(() => !session!.isAlive(), 10_000);
			session.kill();
			session = undefined;
		}

		expect(marks[0]).toMatch(/^code-cache \d+ missing$/m);
		expect(marks[1]).toMatch(/^code-cache \d+ used$/m);
		expect(readdirSync(cache).filter(name => name.endsWith('.bin'))).toHaveLength(1);
		expect(screens[1]).toMatch(/Topics/);
	});
});
