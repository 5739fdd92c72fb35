// Bundles the executable with esbuild after tsc has built dist/: one file instead of ~1,100 modules at start-up.

/*
 * Loading Ink, React and their dependencies file by file from node_modules took ~300 ms of every launch of the app
 * (module resolution, ~600 files, CommonJS export detection); from a bundle ~75 ms. The bundle is one CommonJS file,
 * dist/bundle/cli.cjs, run by a launcher that replaces tsc's dist/cli.js (source/launch/launcher.ts) through vm.Script
 * with V8's code cache of the last run, so a start neither parses nor compiles the code it runs (an ES module bundle in
 * chunks, as before, cannot be given a cache in Node 20). `npm start`, the `bin` entry, the tests and the benches all
 * run it; every other file tsc emitted stays (tests, the benches and the worker threads use them).
 *
 * Modules that find files relative to themselves (worker scripts, feeds/topics.json, the package root) keep doing so:
 * in the bundle each module's `import.meta.url` is the URL of the file tsc emitted for it (dist/feeds/parse-pool.js
 * for source/feeds/parse-pool.ts), so `new URL('./parse-worker.js', import.meta.url)` finds the same file in
 * the bundle as in dist/. better-sqlite3's JavaScript is inside, its addon is loaded from the package's directory
 * (scripts/better-sqlite-inside.mjs).
 */

import {chmod, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {stringWidthFastPath} from './string-width-fast-path.mjs';
import {lazyGraphemeSegmenter} from './lazy-grapheme-segmenter.mjs';
import {withoutTopLevelAwait} from './without-top-level-await.mjs';
import {betterSqliteInside} from './better-sqlite-inside.mjs';
import {latin1Report, latin1Sources} from './latin1-source.mjs';
import {bundleWrapperEnd, bundleWrapperStart} from '../dist/launch/bundle-wrapper.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'source');
const distDir = path.join(root, 'dist');
// Modules with characters beyond Latin-1, escaped (scripts/latin1-source.mjs), kept between builds.
const latin1 = await latin1Sources(path.join(root, 'node_modules', '.cache', 'lagebild', 'latin1-sources.json'));

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
				return {contents: latin1.source(text, args.path), loader: args.path.endsWith('x') ? 'tsx' : 'ts', resolveDir: path.dirname(args.path)};
			});
		},
	};
}

/** Other packages' modules with characters beyond Latin-1, escaped where that means the same (scripts/latin1-source.mjs). */
const latin1Packages = {
	name: 'latin1-packages',
	setup(build) {
		build.onLoad({filter: /[/\\]node_modules[/\\].*\.[cm]?js$/}, async (args) => {
			const text = await readFile(args.path, 'utf8');
			if (!/[^\x00-\xff]/.test(text)) return undefined;
			return {contents: latin1.source(text, args.path), loader: 'js', resolveDir: path.dirname(args.path)};
		});
	},
};

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


// The bundle lives in dist/bundle/ (one file and its source map); dist/cli.js is the launcher that runs it.
const bundleDir = path.join(distDir, 'bundle');
const previous = await readdir(bundleDir).catch(() => []);
const result = await build({
	absWorkingDir: root,
	entryPoints: {cli: path.join(sourceDir, 'cli-run.ts')},
	outdir: bundleDir,
	outExtension: {'.js': '.cjs'},
	bundle: true,
	platform: 'node',
	// One CommonJS file, run by launch/bundle-loader.ts through vm.Script with V8's code cache (no code cache for ES
	// modules in Node 20). Modules reached only by import() stay functions that run when first imported.
	format: 'cjs',
	// Inside Node's CommonJS wrapper already (source/launch/bundle-wrapper.ts, built by tsc before this script runs).
	banner: {js: bundleWrapperStart},
	footer: {js: bundleWrapperEnd},
	target: 'node20',
	define: {
		// React's production build (the development one is dead code then): commands/app.ts asks for it anyway.
		'process.env.NODE_ENV': '"production"',
		// The bundled ES modules' import.meta: the loader passes {url: the bundle's URL} (what each chunk's was before).
		'import.meta': '__lagebildImportMeta',
	},
	sourcemap: 'linked',
	legalComments: 'none',
	logLevel: 'warning',
	metafile: true,
	plugins: [betterSqliteInside(), withoutTopLevelAwait(), ownModules(bundleDir), inkOutput, stringWidthFastPath(path.join(sourceDir, 'ui', 'text', 'narrow-text.ts')), lazyGraphemeSegmenter(), latin1Packages],
});
// The launcher: Node's modules only, built alone so that nothing else loads before the bundle.
const launcher = await build({
	absWorkingDir: root,
	entryPoints: [path.join(sourceDir, 'launch', 'launcher.ts')],
	outfile: path.join(distDir, 'cli.js'),
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	banner: {js: '#!/usr/bin/env node\n// The lagebild executable: runs dist/bundle/cli.cjs, which scripts/bundle.mjs builds from source/cli-run.ts (npm run build).'},
	legalComments: 'none',
	logLevel: 'warning',
	metafile: true,
});
const written = new Set(Object.keys(result.metafile.outputs).map(file => path.resolve(root, file)));
// Files of earlier builds (the chunks of the ES module bundle before this one) go once no running lagebild can still
// load them: a process started from such a build imported its chunks when a command needed them, maybe minutes later.
const staleAfterMs = 15 * 60_000;
await Promise.all(previous.map(name => path.join(bundleDir, name)).filter(file => !written.has(file)).map(async file => {
	const {mtimeMs} = await stat(file).catch(() => ({mtimeMs: Date.now()}));
	if (Date.now() - mtimeMs > staleAfterMs) await rm(file, {force: true});
}));
await chmod(path.join(distDir, 'cli.js'), 0o755);
await rm(path.join(distDir, 'cli.js.map'), {force: true});
const scripts = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.cjs'));
const kilobytes = Math.round(scripts.reduce((sum, [, output]) => sum + output.bytes, 0) / 1024);
const launcherInputs = Object.keys(launcher.metafile.inputs).length;
console.log(`bundle: dist/bundle/cli.cjs, ${kilobytes} kB, ${Object.keys(result.metafile.inputs).length} modules; launcher dist/cli.js from ${launcherInputs} modules`);
await latin1.save();
// One character beyond Latin-1 makes V8 hold the whole bundle's source as two bytes a character (scripts/latin1-source.mjs).
const beyond = latin1Report(await readFile(path.join(bundleDir, 'cli.cjs'), 'utf8'));
if (beyond.count > 0) console.warn(`bundle: ${beyond.count} characters beyond Latin-1 left (a two-byte source in V8), e.g. ${beyond.examples.join(', ')}`);
// For looking into what went where: BUNDLE_META=meta.json npm run build, then esbuild's analyzer or a script.
if (process.env.BUNDLE_META) await writeFile(process.env.BUNDLE_META, JSON.stringify(result.metafile));
