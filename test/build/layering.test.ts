// The data flows one way (DESIGN.md): nothing outside the interface imports it, type imports included, and analysis is
// pure — no store, config, feeds, interface or file system, directly or through what it imports.

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {spellingFold} from '../../source/text/spelling-fold.js';

const sourceDir = path.resolve(import.meta.dirname, '..', '..', 'source');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(file);
		return /\.tsx?$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
	});
}

/** Every module a file names: `import`/`export … from` (type-only too, over several lines), `import '…'`, `import('…')`. */
function specifiers(text: string): string[] {
	const found = [
		...text.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gmu),
		...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gmu),
		...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/gu),
	];
	return found.map(match => match[1]!);
}

/** A relative specifier as the source file it names (".js" is how TypeScript's ESM output spells a ".ts" or ".tsx"); others as written. */
function resolved(from: string, specifier: string, known: ReadonlySet<string>): string {
	if (!specifier.startsWith('.')) return specifier;
	const base = path.resolve(path.dirname(from), specifier).replace(/\.js$/u, '');
	return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find(file => known.has(file)) ?? base;
}

/** The modules a file loads when it runs: as specifiers, without `import type` and `export type` (erased). */
function runtimeSpecifiers(text: string): string[] {
	return specifiers(text.replaceAll(/^\s*(?:import|export)\s+type\b[^;]*;/gmu, ''));
}

const files = sourceFiles(sourceDir);
const known = new Set(files);
const importsOf = new Map(files.map(file => [file, specifiers(readFileSync(file, 'utf8')).map(specifier => resolved(file, specifier, known))]));
const loadsOf = new Map(files.map(file => [file, runtimeSpecifiers(readFileSync(file, 'utf8')).map(specifier => resolved(file, specifier, known))]));
const under = (folder: string) => (file: string) => file.startsWith(path.join(sourceDir, folder) + path.sep);
const relative = (file: string) => (path.isAbsolute(file) ? path.relative(sourceDir, file) : file);

/** What `file` imports (or, with `loadsOf`, loads when it runs), and what those import, as far as the source goes. */
function reachable(file: string, edges: ReadonlyMap<string, string[]> = importsOf): Set<string> {
	const seen = new Set<string>();
	const stack = [file];
	while (stack.length > 0) {
		for (const next of edges.get(stack.pop()!) ?? []) {
			if (!seen.has(next)) {
				seen.add(next);
				stack.push(next);
			}
		}
	}

	return seen;
}

describe('layering', () => {
	it('reads the imports it checks', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(specifiers("import type {A,\n\tB} from '../ui/x.js';\nexport {c} from './c.js';\nimport './d.js';\nconst e = await import('./e.js');")).toEqual(['../ui/x.js', './c.js', './d.js', './e.js']);
		expect(importsOf.get(path.join(sourceDir, 'ui', 'App.tsx'))?.some(under('services'))).toBe(true);
	});

	it('nothing outside source/ui imports the interface, type imports included, but the command that starts it', () => {
		const inward = files.filter(file => !under('ui')(file)).flatMap(file => importsOf.get(file)!.filter(under('ui')).map(target => `${relative(file)} → ${relative(target)}`));
		// `lagebild` without a subcommand is where the interface is put together: its entry alone, loaded on demand.
		expect(inward).toEqual([`${path.join('commands', 'app.ts')} → ${path.join('ui', 'start.tsx')}`]);
	});

	it('the interface selects and does not compute: no module of source/ui imports analysis', () => {
		const computing = files.filter(under('ui')).flatMap(file => importsOf.get(file)!.filter(under('analysis')).map(target => `${relative(file)} → ${relative(target)}`));
		expect(computing).toEqual([]);
	});

	it('analysis reaches no store, config, feeds, interface or file system, directly or through its imports', () => {
		const outside = ['store', 'config', 'feeds', 'ui'].map(under);
		const impure = files.filter(under('analysis')).flatMap(file =>
			[...reachable(file)]
				.filter(target => outside.some(inFolder => inFolder(target)) || /^(?:node:)?fs(?:\/promises)?$/u.test(target))
				.map(target => `${relative(file)} → ${relative(target)}`));
		expect(impure).toEqual([]);
	});

	it('the layers below the interface never load its message tables: their errors are worded by error-english.ts', () => {
		// Rewording a message of the interface must not change the words a feed's error is stored with (review V14 #11).
		const tables = [path.join(sourceDir, 'i18n', 'en.ts'), path.join(sourceDir, 'i18n', 'de.ts')];
		const below = ['feeds', 'store', 'config', 'model', 'text'].map(under);
		const loading = files.filter(file => below.some(inFolder => inFolder(file))).flatMap(file =>
			[...reachable(file, loadsOf)].filter(target => tables.includes(target)).map(target => `${relative(file)} → ${relative(target)}`));
		expect(runtimeSpecifiers("import type {A} from './a.js';\nimport {b} from './b.js';\nexport type {C} from './c.js';")).toEqual(['./b.js']);
		expect(files.filter(under('feeds')).length).toBeGreaterThan(5);
		expect(loading).toEqual([]);
	});

	it('the default topics come from config/', () => {
		expect(defaultTopics().map(topic => topic.name)).toContain('Ukraine war');
	});

	it('spellingFold lives in text/', () => {
		expect(spellingFold('Selenskyj')).toBe(spellingFold('Zelensky'));
	});
});
