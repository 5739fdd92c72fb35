// Bundles the executable with esbuild after tsc has built dist/: a few chunks instead of ~1,100 modules at start-up.

/*
 * Loading Ink, React and their dependencies file by file from node_modules took ~300 ms of every launch of the app
 * (module resolution, ~600 files, CommonJS export detection); from a bundle ~75 ms. The bundle goes to dist/bundle/
 * (split into chunks, so a command loads only what it imports) and replaces tsc's dist/cli.js with a one-line
 * launcher, so `npm start`, the `bin` entry, the tests and the benches all run it; every other file tsc emitted stays
 * (tests, the benches and the worker threads use them).
 *
 * Modules that find files relative to themselves (worker scripts, feeds/topics.json, the package root) keep doing so:
 * in the bundle each module's `import.meta.url` is the URL of the file tsc emitted for it (dist/feeds/parse-pool.js
 * for source/feeds/parse-pool.ts), so `new URL('./parse-worker.js', import.meta.url)` finds the same file in
 * the bundle as in dist/. better-sqlite3 stays outside (a native addon loaded from its own directory).
 */

import {readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {stringWidthFastPath} from './string-width-fast-path.mjs';
import {lazyGraphemeSegmenter} from './lazy-grapheme-segmenter.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'source');
const distDir = path.join(root, 'dist');

/** What `import.meta.url` of a source module becomes in a bundle file in `outdir`: its tsc-emitted twin's URL. */
function emittedUrlExpression(sourceFile, outdir) {
	const emitted = path.join(distDir, path.relative(sourceDir, sourceFile)).replace(/\.tsx?$/, '.js');
	const relative = path.relative(outdir, emitted).split(path.sep).join('/');
	return `new URL(${JSON.stringify(relative.startsWith('.') ? relative : `./${relative}`)}, import.meta.url).href`;
}

/*
 * Ink does not export its Output class, which ui/ink-output-cache.ts patches (and other internals the app uses).
 * Outside the bundle those modules load the files Ink's renderer loads; the bundle holds its own copy of Ink, so
 * there a module that declares `lagebildBundledInk` is given the bundled internals instead
 * (scripts/ink-output-inject.mjs; esbuild's `inject` would import them into every chunk).
 */
const inkInject = path.join(root, 'scripts', 'ink-output-inject.mjs');
const bundledInkDeclaration = /^declare const lagebildBundledInk\b.*$/m;

/**
 * Lagebild's own modules as the bundle needs them: `import.meta.url` rewritten (see above), and the bundled Ink's
 * internals imported in place of a `declare const lagebildBundledInk`. Other packages' modules are left alone.
 */
function ownModules(outdir) {
	return {
		name: 'lagebild-own-modules',
		setup(build) {
			build.onLoad({filter: /\.tsx?$/}, async (args) => {
				if (!args.path.startsWith(sourceDir + path.sep)) return undefined;
				const text = (await readFile(args.path, 'utf8'))
					.replaceAll(/\bimport\.meta\.url\b/g, emittedUrlExpression(args.path, outdir))
					.replace(bundledInkDeclaration, `import {lagebildBundledInk} from ${JSON.stringify(inkInject)};`);
				return {contents: text, loader: args.path.endsWith('x') ? 'tsx' : 'ts', resolveDir: path.dirname(args.path)};
			});
		},
	};
}

/** For scripts/ink-output-inject.mjs: Ink's unexported files, and the chalk Ink paints with, as Ink resolves them. */
const inkOutput = {
	name: 'ink-internals',
	setup(build) {
		const inkBuild = async (resolveDir) => {
			const ink = await build.resolve('ink', {kind: 'import-statement', resolveDir});
			return ink.errors.length > 0 ? {errors: ink.errors} : {dir: path.dirname(ink.path)};
		};

		build.onResolve({filter: /^ink\/build\/[\w-]+\.js$/}, async (args) => {
			const ink = await inkBuild(args.resolveDir);
			return ink.errors ? {errors: ink.errors} : {path: path.join(ink.dir, args.path.slice('ink/build/'.length))};
		});
		build.onResolve({filter: /^chalk$/}, async (args) => {
			if (args.importer !== inkInject) return undefined;
			const ink = await inkBuild(args.resolveDir);
			if (ink.errors) return {errors: ink.errors};
			const chalk = await build.resolve('chalk', {kind: 'import-statement', resolveDir: ink.dir});
			return chalk.errors.length > 0 ? {errors: chalk.errors} : {path: chalk.path};
		});
	},
};

/*
 * Ink imports react-devtools-core only with DEV=true, inside a try that explains how to install it; it is not a
 * dependency. An external import would be hoisted to the top of the bundle and fail every start, so the bundle holds
 * a stand-in that fails as the missing package does, when Ink imports it.
 */
const devtoolsStandIn = {
	name: 'react-devtools-core-stand-in',
	setup(build) {
		build.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'react-devtools-core', namespace: 'not-installed'}));
		build.onLoad({filter: /.*/, namespace: 'not-installed'}, () => ({
			contents: "const error = new Error(\"Cannot find package 'react-devtools-core'\"); error.code = 'ERR_MODULE_NOT_FOUND'; throw error;",
			loader: 'js',
		}));
	},
};

/*
 * yoga-layout's Emscripten loader fetches its inlined WASM through `fetch` on a data: URL when `fetch` exists,
 * which makes Node load its whole HTTP client (undici) at start: ~25 ms of every launch of the app. Without
 * `fetch` the loader decodes the same bytes itself (its own fallback path), with `atob` and a loop over ~70,000
 * characters (~5 ms); Node's Buffer decodes them natively instead (~0.2 ms).
 */
const yogaDecode = 'if(ua(a))try{var b=xa(a.slice(37))';
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(build) {
		build.onLoad({filter: /yoga-layout[/\\]dist[/\\]binaries[/\\]yoga-wasm-base64-esm\.js$/}, async (args) => {
			const text = await readFile(args.path, 'utf8');
			if (!text.includes('"function"!=typeof fetch')) {
				return {contents: text, loader: 'js', warnings: [{text: 'yoga-layout no longer checks `typeof fetch`: it is bundled as is'}]};
			}

			const warnings = text.includes(yogaDecode) ? [] : [{text: 'yoga-layout decodes its WASM differently: decoded by its own code'}];
			const decoded = text.replace(yogaDecode, `if(ua(a))return new Uint8Array(Buffer.from(a.slice(37),"base64"));${yogaDecode}`);
			return {contents: `const fetch = undefined;\n${decoded}`, loader: 'js', warnings};
		});
	},
};

const banner = [
	// Bundled CommonJS packages (React, ...) may call require(): give the ES module bundle one.
	"import {createRequire as __lagebildCreateRequire} from 'node:module';",
	'const require = __lagebildCreateRequire(import.meta.url);',
].join('\n');

// The bundle and its chunks (loaded when a command needs them) live in dist/bundle/; dist/cli.js only imports it.
const bundleDir = path.join(distDir, 'bundle');
const previous = await readdir(bundleDir).catch(() => []);
const result = await build({
	absWorkingDir: root,
	entryPoints: {cli: path.join(sourceDir, 'cli.tsx')},
	outdir: bundleDir,
	bundle: true,
	splitting: true,
	chunkNames: 'chunk-[hash]',
	platform: 'node',
	format: 'esm',
	target: 'node20',
	banner: {js: banner},
	external: ['better-sqlite3'],
	// React's production build (the development one is dead code then): commands/app.ts asks for it anyway.
	define: {'process.env.NODE_ENV': '"production"'},
	sourcemap: 'linked',
	legalComments: 'none',
	logLevel: 'warning',
	metafile: true,
	plugins: [ownModules(bundleDir), inkOutput, devtoolsStandIn, yogaWithoutFetch, stringWidthFastPath(path.join(sourceDir, 'ui', 'text', 'narrow-text.ts')), lazyGraphemeSegmenter()],
});
const written = new Set(Object.keys(result.metafile.outputs).map(file => path.resolve(root, file)));
// Chunks of earlier builds (their names hold a content hash) go once no running lagebild can still load them: a
// process started from an earlier build imports its chunks when a command needs them, maybe minutes later.
const staleAfterMs = 15 * 60_000;
await Promise.all(previous.map(name => path.join(bundleDir, name)).filter(file => !written.has(file)).map(async file => {
	const {mtimeMs} = await stat(file).catch(() => ({mtimeMs: Date.now()}));
	if (Date.now() - mtimeMs > staleAfterMs) await rm(file, {force: true});
}));
await writeFile(path.join(distDir, 'cli.js'), [
	'#!/usr/bin/env node',
	'// The lagebild executable: the bundle scripts/bundle.mjs builds from source/cli.tsx (npm run build).',
	"import './bundle/cli.js';",
	'',
].join('\n'), {mode: 0o755});
await rm(path.join(distDir, 'cli.js.map'), {force: true});
const scripts = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const kilobytes = Math.round(scripts.reduce((sum, [, output]) => sum + output.bytes, 0) / 1024);
console.log(`bundle: dist/bundle/, ${scripts.length} files, ${kilobytes} kB, ${Object.keys(result.metafile.inputs).length} modules`);
// For looking into what went where: BUNDLE_META=meta.json npm run build, then esbuild's analyzer or a script.
if (process.env.BUNDLE_META) await writeFile(process.env.BUNDLE_META, JSON.stringify(result.metafile));
