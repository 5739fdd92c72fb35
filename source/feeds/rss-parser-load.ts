// Loads rss-parser, with two of its dependencies (entities, xmlbuilder) deferred until they are first used.

import {createRequire, Module} from 'node:module';
import type Parser from 'rss-parser';

/*
 * Loading rss-parser pulls in 51 CommonJS modules; 37 of them are xmlbuilder (xml2js's writer, which rss-parser uses
 * only for Atom content given as XHTML elements) and entities (used only for the contentSnippet that parse.ts turns
 * off). The parse worker loads rss-parser before it parses the refresh's first feed, so those modules were on the
 * refresh's critical path: rss-parser loaded in 26–43 ms instead of 73–103 ms without them (4 fresh processes each,
 * load 11). Each is given to its importer as a stand-in that loads the real module at its first use.
 * rss-parser is loaded by require here, not imported: Node runs a CommonJS module that an ES module imports before
 * any of the importing graph's own code, so nothing could be put in its way.
 */

type Exports = Record<PropertyKey, unknown>;

/** A module object for `file` whose exports forward to the real module, loaded on the first property read. */
function standIn(file: string, load: () => Exports): Module {
	let real: Exports | undefined;
	const target = (): Exports => {
		if (!real) {
			// The real module replaces the stand-in in the cache, so it is loaded once.
			delete require.cache[file];
			real = load();
		}
		return real;
	};
	const module = new Module(file);
	module.filename = file;
	module.loaded = true;
	module.exports = new Proxy({}, {
		get(_, key) {
			const exports = target();
			const value = exports[key];
			return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(exports) : value;
		},
		has: (_, key) => key in target(),
	});
	return module;
}

const require = createRequire(import.meta.url);

/** rss-parser's Parser class; the first call loads it. */
export function loadRssParser(): typeof Parser {
	const parser = require.resolve('rss-parser');
	// Loaded before (by another module): nothing left to defer.
	if (!require.cache[parser]) deferDependencies(parser);
	return require(parser) as typeof Parser;
}

function deferDependencies(parser: string): void {
	const fromParser = createRequire(parser);
	const fromXml2js = createRequire(fromParser.resolve('xml2js'));
	for (const [from, name] of [[fromParser, 'entities'], [fromXml2js, 'xmlbuilder']] as const) {
		const file = from.resolve(name);
		if (!require.cache[file]) require.cache[file] = standIn(file, () => from(name) as Exports);
	}
}
