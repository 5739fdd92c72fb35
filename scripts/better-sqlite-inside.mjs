// better-sqlite3's JavaScript inside the bundle (and V8's code cache), its native addon loaded from the package.

/*
 * Outside the bundle, every start compiled better-sqlite3's dozen CommonJS files from node_modules without a cache:
 * ~10 ms of the main thread (in pairs: -13 ms). Inside, V8's code cache holds them. The store gives better-sqlite3 the
 * addon's path (store/open-database.ts); without it better-sqlite3 asks the `bindings` package, which finds its
 * caller's package from a stack trace — in the bundle that would be the bundle's. So that call is replaced: the
 * addon from the package's build/Release (where npm's install puts it), else `bindings` started at the package's
 * directory. The package is found from the bundle's place (dist/bundle/), as `require('better-sqlite3')` found it.
 */

import {readFile} from 'node:fs/promises';

const loadAddon = "require('bindings')('better_sqlite3.node')";
// `path` is required at the top of better-sqlite3's database.js. The package.json path is built, not a literal: esbuild
// would try to bundle a literal one.
const loadFromPackage = `(() => {
	const root = path.dirname(require.resolve(['better-sqlite3', 'package.json'].join('/')));
	try {
		return require(path.join(root, 'build', 'Release', 'better_sqlite3.node'));
	} catch (error) {
		if (error.code !== 'MODULE_NOT_FOUND') throw error;
	}
	return require(require.resolve('bindings', {paths: [root]}))({bindings: 'better_sqlite3.node', module_root: root});
})()`;

export function betterSqliteInside() {
	return {
		name: 'better-sqlite3-inside',
		setup(build) {
			build.onLoad({filter: /[/\\]better-sqlite3[/\\]lib[/\\]database\.js$/}, async (args) => {
				const text = await readFile(args.path, 'utf8');
				if (text.split(loadAddon).length !== 2) throw new Error(`${args.path}: better-sqlite3 no longer loads its addon with ${loadAddon}: see scripts/better-sqlite-inside.mjs`);
				return {contents: text.replace(loadAddon, loadFromPackage), loader: 'js'};
			});
		},
	};
}
