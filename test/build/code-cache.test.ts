// V8's code cache of the bundle: kept per build, used when it fits, compiled around when missing, stale or damaged.

import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {spawnSync} from 'node:child_process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {bundleWrapperEnd, bundleWrapperStart} from '../../source/launch/bundle-wrapper.js';
import {codeCacheDirectory, codeCacheFile, readCodeCache, writeCodeCache} from '../../source/launch/code-cache.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let work = '';
let cacheDir = '';
let bundleFile = '';

/** A CommonJS bundle in its wrapper, with enough code that V8 has something to cache, and a function that runs at load. */
function writeBundle(file: string, answer: number): void {
	const helpers = Array.from({length: 200}, (_, index) => `function helper${index}(x) { return x * ${index} + ${answer}; }`).join('\n');
	writeFileSync(file, `${bundleWrapperStart}${helpers}\nlet total = 0;\nfor (let index = 0; index < 200; index++) total += eval('helper' + index)(1);\nmodule.exports = {answer: ${answer}, total, file: __filename, url: __lagebildImportMeta.url, strict: (function () { return this === undefined; })()};\n${bundleWrapperEnd}\n`);
}

beforeEach(() => {
	work = mkdtempSync(path.join(tmpdir(), 'lagebild-code-cache-'));
	cacheDir = path.join(work, 'cache');
	bundleFile = path.join(work, 'bundle.cjs');
	writeBundle(bundleFile, 42);
});

afterEach(() => {
	rmSync(work, {recursive: true, force: true});
});

const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).sort() : []);

describe('where the code cache is kept', () => {
	it('is the platform\'s cache directory, or LAGEBILD_CODE_CACHE (off: none); none without a home', () => {
		const home = (directory: string | undefined) => () => directory;
		expect(codeCacheDirectory({}, 'linux', home('/home/a'))).toBe('/home/a/.cache/lagebild');
		expect(codeCacheDirectory({XDG_CACHE_HOME: '/x'}, 'linux', home('/home/a'))).toBe('/x/lagebild');
		expect(codeCacheDirectory({}, 'darwin', home('/Users/a'))).toBe('/Users/a/Library/Caches/lagebild');
		expect(codeCacheDirectory({LAGEBILD_CODE_CACHE: '/c'}, 'linux', home('/home/a'))).toBe('/c');
		expect(codeCacheDirectory({LAGEBILD_CODE_CACHE: 'off'}, 'linux', home('/home/a'))).toBeUndefined();
		// No home directory to be found (os.homedir() throws): no cache, and the start goes on.
		expect(codeCacheDirectory({}, 'linux', home(undefined))).toBeUndefined();
		expect(codeCacheDirectory({XDG_CACHE_HOME: '/x'}, 'linux', home(undefined))).toBe('/x/lagebild');
		// A relative XDG_CACHE_HOME is ignored (the XDG spec), not resolved against the directory lagebild runs in.
		expect(codeCacheDirectory({XDG_CACHE_HOME: 'rel/cache'}, 'linux', home('/home/a'))).toBe('/home/a/.cache/lagebild');
	});
});

describe('the cache file', () => {
	const identity = () => ({file: bundleFile, size: 100, mtimeMs: 1});

	it('gives back what was written, and nothing when a byte changed or the file was cut short', () => {
		const payload = Buffer.from(Array.from({length: 5000}, (_, index) => index % 251));
		writeCodeCache(cacheDir, identity(), payload);
		const file = codeCacheFile(cacheDir, identity());
		expect(readCodeCache(file)).toEqual(payload);
		const data = readFileSync(file);
		const flipped = Buffer.from(data);
		flipped[data.length - 10]! ^= 1;
		writeFileSync(file, flipped);
		expect(readCodeCache(file)).toBeUndefined();
		writeFileSync(file, data.subarray(0, data.length - 1));
		expect(readCodeCache(file)).toBeUndefined();
		writeFileSync(file, Buffer.concat([Buffer.from('XXXX'), data.subarray(4)]));
		expect(readCodeCache(file)).toBeUndefined();
		expect(readCodeCache(path.join(cacheDir, 'missing.bin'))).toBeUndefined();
	});

	it('is named by the build: a new build\'s file replaces the earlier build\'s of the same bundle, not another bundle\'s', () => {
		const other = {file: path.join(work, 'other.cjs'), size: 100, mtimeMs: 1};
		writeCodeCache(cacheDir, other, Buffer.from('other'));
		writeCodeCache(cacheDir, identity(), Buffer.from('first build'));
		const rebuilt = {...identity(), mtimeMs: 2};
		expect(codeCacheFile(cacheDir, rebuilt)).not.toBe(codeCacheFile(cacheDir, identity()));
		writeCodeCache(cacheDir, rebuilt, Buffer.from('second build'));
		expect(cacheFiles()).toEqual([path.basename(codeCacheFile(cacheDir, other)), path.basename(codeCacheFile(cacheDir, rebuilt))].sort());
		expect(readCodeCache(codeCacheFile(cacheDir, rebuilt))?.toString()).toBe('second build');
	});
});

/*
 * Each load in a process of its own, as each start is: within one process V8 finds the source it compiled before in
 * its own memory and never looks at the cache it is given. The built loader (dist/launch/bundle-loader.js).
 */
const loaderUrl = pathToFileURL(path.join(root, 'dist', 'launch', 'bundle-loader.js')).href;
const loadScript = `
import {loadBundle} from ${JSON.stringify(loaderUrl)};
const bundle = loadBundle(process.argv[1], process.env);
if (process.argv[2] === 'save') bundle.saveCodeCache();
process.stdout.write(JSON.stringify({codeCache: bundle.codeCache, exports: bundle.exports}));
`;

function load(cacheSetting: string, save = true): {codeCache: string; exports: {answer?: number}} {
	const result = spawnSync(process.execPath, ['--input-type=module', '-e', loadScript, bundleFile, save ? 'save' : ''], {encoding: 'utf8', env: {...process.env, LAGEBILD_CODE_CACHE: cacheSetting}});
	if (result.status !== 0) throw new Error(result.stderr);
	return JSON.parse(result.stdout) as {codeCache: string; exports: {answer?: number}};
}

describe.skipIf(!existsSync(new URL(loaderUrl)))('loading the bundle', () => {
	it('compiles from source without a cache, writes it when asked, and the next start uses it', () => {
		const first = load(cacheDir, false);
		expect(first.codeCache).toBe('missing');
		expect(first.exports).toEqual({answer: 42, total: 200 * 42 + 19_900, file: bundleFile, url: pathToFileURL(bundleFile).href, strict: true});
		expect(cacheFiles()).toEqual([]);
		expect(load(cacheDir).codeCache).toBe('missing');
		expect(cacheFiles()).toHaveLength(1);
		const written = readFileSync(path.join(cacheDir, cacheFiles()[0]!));
		const second = load(cacheDir);
		expect(second.codeCache).toBe('used');
		expect(second.exports).toEqual(first.exports);
		// A start that used the cache leaves it as it is.
		expect(readFileSync(path.join(cacheDir, cacheFiles()[0]!))).toEqual(written);
	});

	it('compiles from source when the cache is damaged or V8 refuses it, and writes a good one', () => {
		load(cacheDir);
		const file = path.join(cacheDir, cacheFiles()[0]!);
		const good = readFileSync(file);
		const damaged = Buffer.from(good);
		damaged[good.length - 20]! ^= 0xFF;
		writeFileSync(file, damaged);
		const afterDamage = load(cacheDir);
		expect(afterDamage.codeCache).toBe('missing');
		expect(afterDamage.exports.answer).toBe(42);
		expect(load(cacheDir).codeCache).toBe('used');
		// A well-formed file whose payload is not V8's (another V8, other flags look the same to us).
		writeCodeCache(cacheDir, {file: bundleFile, ...sizeAndTime(bundleFile)}, Buffer.alloc(4096, 7));
		const refused = load(cacheDir);
		expect(refused.codeCache).toBe('rejected');
		expect(refused.exports.answer).toBe(42);
		expect(load(cacheDir).codeCache).toBe('used');
	});

	it('does not use an earlier build\'s cache for a new build', () => {
		load(cacheDir);
		writeBundle(bundleFile, 7);
		utimesSync(bundleFile, new Date(), new Date(Date.now() + 5000));
		const rebuilt = load(cacheDir);
		expect(rebuilt.codeCache).toBe('missing');
		expect(rebuilt.exports.answer).toBe(7);
		expect(cacheFiles()).toHaveLength(1);
		expect(load(cacheDir).codeCache).toBe('used');
	});

	it('keeps no cache with LAGEBILD_CODE_CACHE=off, and a cache directory it cannot write costs the start nothing', () => {
		expect(load('off').codeCache).toBe('off');
		const blocked = path.join(work, 'not-a-directory');
		writeFileSync(blocked, '');
		expect(load(blocked)).toMatchObject({codeCache: 'missing', exports: {answer: 42}});
	});
});

function sizeAndTime(file: string): {size: number; mtimeMs: number} {
	const {size, mtimeMs} = statSync(file);
	return {size, mtimeMs};
}
