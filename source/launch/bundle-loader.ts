// Runs the CommonJS bundle as Node runs a CommonJS module, but compiled through vm.Script with V8's code cache.

/*
 * Node 20 keeps no compiled code between runs (module.enableCompileCache came in Node 22), and an ES module cannot be
 * given a cache without --experimental-vm-modules. Compiling the app's modules took ~45 ms of the main thread at
 * every start, and each function's first call compiled it again lazily. So the bundle is one CommonJS file
 * (scripts/bundle.mjs), compiled here with the cache of the last run: V8 then reads the compiled code of every
 * function that run had compiled instead of parsing it. The cache is written once per build, when the app has drawn
 * its first frame (saveCodeCache): that is the code a start needs.
 */

import {closeSync, fstatSync, openSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import vm from 'node:vm';
import {bundleWrapperStart} from './bundle-wrapper.js';
import {type BundleIdentity, canCheckCodeCache, codeCacheDirectory, codeCacheFile, readCodeCache, writeCodeCache} from './code-cache.js';

/** How the bundle was compiled: from the cache; from source with no cache, or one V8 refused (other flags); cache off. */
export type CodeCacheState = 'used' | 'missing' | 'rejected' | 'off';

export interface LoadedBundle {
	/** The bundle's module.exports. */
	exports: unknown;
	codeCache: CodeCacheState;
	/** Writes the cache when this run compiled without one; never throws (a read-only cache directory costs nothing). */
	saveCodeCache: () => void;
}

type ModuleWrapper = (exports: unknown, require: NodeJS.Require, module: {exports: unknown}, filename: string, dirname: string, importMeta: {url: string}) => void;

function readBundle(file: string): {source: string; identity: BundleIdentity} {
	const descriptor = openSync(file, 'r');
	try {
		const {size, mtimeMs} = fstatSync(descriptor);
		return {source: readFileSync(descriptor, 'utf8'), identity: {file, size, mtimeMs}};
	} finally {
		closeSync(descriptor);
	}
}

/**
 * Compiles and runs the bundle `file` — a CommonJS module inside its wrapper function (launch/bundle-wrapper.ts) — with
 * the code cache under `env`'s cache directory, and returns its exports.
 */
export function loadBundle(file: string, env: NodeJS.ProcessEnv = process.env): LoadedBundle {
	const {source, identity} = readBundle(file);
	if (!source.startsWith(bundleWrapperStart)) throw new Error(`${file} is not a bundle built by scripts/bundle.mjs (npm run build)`);
	const directory = canCheckCodeCache() ? codeCacheDirectory(env) : undefined;
	const cacheFile = directory === undefined ? undefined : codeCacheFile(directory, identity);
	const cachedData = cacheFile === undefined ? undefined : readCodeCache(cacheFile);
	const script = new vm.Script(source, {filename: file, cachedData});
	const codeCache: CodeCacheState = directory === undefined ? 'off' : (cachedData === undefined ? 'missing' : (script.cachedDataRejected ? 'rejected' : 'used'));
	const module = {exports: {}};
	const wrapper = script.runInThisContext() as ModuleWrapper;
	wrapper(module.exports, createRequire(file), module, file, path.dirname(file), {url: pathToFileURL(file).href});
	let saved = codeCache === 'used' || codeCache === 'off';
	return {
		exports: module.exports,
		codeCache,
		saveCodeCache() {
			if (saved || directory === undefined) return;
			saved = true;
			try {
				writeCodeCache(directory, identity, script.createCachedData());
			} catch {
				// No cache this time: the next start compiles from source again, as this one did.
			}
		},
	};
}
