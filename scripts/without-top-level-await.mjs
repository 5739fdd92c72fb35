// The two packages of the bundle that await at their top level (Ink's reconciler, yoga-layout), made to load at once.

/*
 * The bundle is one CommonJS file (so that V8's code cache can be kept for it: source/launch/bundle-loader.ts), and
 * CommonJS has no top-level await. Two modules use one:
 * - Ink's reconciler.js awaits only when DEV=true: the import of react-devtools-core (not a dependency; the bundle
 *   fails it as the missing package, which Ink explains) and the read of its package.json (name and version for the
 *   devtools, which are missing anyway). Neither awaits now.
 * - yoga-layout's index.js awaits its Emscripten loader, which instantiates the WebAssembly asynchronously; the
 *   loader's hook for instantiating is given a synchronous instantiation of the same inlined bytes (decoded by Node's
 *   Buffer: its own loop over ~70,000 base64 characters took ~5 ms, and with `fetch` it loaded Node's HTTP client,
 *   ~25 ms), so the module is ready when the loader returns.
 * A package whose code no longer reads as expected fails the build here, with the file named.
 */

import {readFile} from 'node:fs/promises';

/** `text` with `from` (found exactly once) replaced, or an error naming the file. */
function replaceOnce(text, from, to, file) {
	const count = typeof from === 'string' ? text.split(from).length - 1 : [...text.matchAll(new RegExp(from.source, 'g'))].length;
	if (count !== 1) throw new Error(`${file}: expected one ${from} to replace, found ${count}: see scripts/without-top-level-await.mjs`);
	return text.replace(from, to);
}

const missingDevtools = "(() => { const error = new Error(\"Cannot find package 'react-devtools-core'\"); error.code = 'ERR_MODULE_NOT_FOUND'; throw error; })();";

export function withoutTopLevelAwait() {
	return {
		name: 'without-top-level-await',
		setup(build) {
			build.onLoad({filter: /[/\\]ink[/\\]build[/\\]reconciler\.js$/}, async (args) => {
				let text = await readFile(args.path, 'utf8');
				text = replaceOnce(text, "await import('./devtools.js');", missingDevtools, args.path);
				// Ink's package.json is not beside the bundle (the ES module bundle failed its start on reading it).
				text = replaceOnce(text, 'await loadPackageJson()', '{name: undefined, version: undefined}', args.path);
				return {contents: text, loader: 'js'};
			});
			build.onLoad({filter: /[/\\]yoga-layout[/\\]dist[/\\]src[/\\]index\.js$/}, async (args) => {
				// The loader's argument is the Emscripten module it fills in; ready once the instantiation below is done.
				const text = replaceOnce(await readFile(args.path, 'utf8'), 'wrapAssembly(await loadYoga())', 'wrapAssembly((() => { const module = {}; loadYoga(module); return module; })())', args.path);
				return {contents: text, loader: 'js'};
			});
			build.onLoad({filter: /[/\\]yoga-layout[/\\]dist[/\\]binaries[/\\]yoga-wasm-base64-esm\.js$/}, async (args) => {
				// H is the data: URL of the WebAssembly, d the imports, a the loader's "instantiated" continuation.
				const instantiateNow = 'try{return a(new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(Buffer.from(H.slice(37),"base64"))),d)),{}}';
				let text = await readFile(args.path, 'utf8');
				replaceOnce(text, 'H="data:application/octet-stream;base64,', 'H="data:application/octet-stream;base64,', args.path);
				text = replaceOnce(text, /if\(h\.instantiateWasm\)try\{return h\.instantiateWasm\(d,\s*a\)\}/, instantiateNow, args.path);
				return {contents: text, loader: 'js'};
			});
		},
	};
}
