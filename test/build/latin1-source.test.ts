// The bundle's code written in Latin-1 (scripts/latin1-source.mjs): escapes only where they mean the same characters.

import {createHash} from 'node:crypto';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
// @ts-expect-error -- a plain JavaScript build script without type declarations
import {latin1Source, latin1Sources} from '../../scripts/latin1-source.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const escape = latin1Source as (text: string, file: string) => {text: string; kept: number};
const kept = latin1Sources as (file: string) => Promise<{source: (text: string, name: string) => string; save: () => Promise<void>}>;
const beyondLatin1 = /[^\x00-\xff]/;

/** Text the expressions below are run over: the quotation marks, dashes and letters the sources' patterns look for. */
const samples = [
	'„Wir bleiben“, sagte Müller – der Minister.',
	'“We stay,” said O’Neill — the minister’s aide.',
	'«Non» ‹oui› ‚so‘ ’tis…',
	'Café 😀 naïve Straße 東京',
	'plain ASCII text',
];

/** What `code` (a function body returning a value of strings and regular expressions' results) gives on the samples. */
function outcome(code: string): string {
	const run = new Function('samples', code) as (texts: string[]) => unknown;
	return JSON.stringify(run(samples));
}

describe('latin1Source', () => {
	it('escapes regular expressions, templates, strings and comments so that they give the same results', () => {
		const code = [
			'// quotation marks: „ “ → —',
			'const tag = (parts) => parts.raw.join("|");',
			'const x = "·";',
			'return samples.map((s) => [',
			'  s.match(/[„“”]([^„“”]*)[„“”]/u)?.[1],',
			'  s.replace(/[\'’]s?/gu, "_"),',
			'  /\\–/.test(s),',
			'  s.match(/😀/u)?.[0],',
			'  s.match(/😀/)?.[0],',
			'  s.match(/[😀]/u)?.[0],',
			'  s.split(new RegExp(String.raw`[\\s„“”«»‚‘’—–-]+`, "u")).length,',
			'  `${x}—${s.length}…`,',
			'  "–" + s.slice(0, 3),',
			'  tag`—${1}’`,',
			']);',
		].join('\n');
		const result = escape(code, 'module.js');
		// The tagged template's raw text is what its tag reads: it keeps its two characters.
		expect(result.kept).toBe(2);
		expect(result.text.replace(/tag`[^`]*`/, '')).not.toMatch(beyondLatin1);
		expect(result.text).toContain('\\u201E');
		expect(result.text).toContain('\\uD83D\\uDE00');
		expect(outcome(result.text)).toBe(outcome(code));
	});

	it('keeps JSX text and attributes, whose backslashes are not escapes', () => {
		const code = 'export const row = <Text label="—">a → b {"–"}</Text>;\n';
		const result = escape(code, 'row.tsx');
		expect(result.text).toBe('export const row = <Text label="—">a → b {"\\u2013"}</Text>;\n');
		expect(result.kept).toBe(2);
	});

	it('keeps JSX text that begins with a Unicode space (a scanner skips it as trivia; review V18 #17)', () => {
		// Thin space, then an en dash: JSX text reads no escapes, so "\u2009" there would print as six characters.
		const code = 'export const row = <Text>\u2009– b {"–"}</Text>;\n';
		const result = escape(code, 'row.tsx');
		expect(result.text).toBe('export const row = <Text>\u2009– b {"\\u2013"}</Text>;\n');
		expect(result.kept).toBe(2);
	});

	it('leaves a module without such characters as it is', () => {
		const code = 'const pattern = /[äöü]/u; // Latin-1 is one byte too\n';
		expect(escape(code, 'plain.ts')).toEqual({text: code, kept: 0});
	});

	it('gives every regular expression literal of source/ with such characters the same matches', () => {
		const files: string[] = [];
		const walk = (directory: string) => {
			for (const entry of readdirSync(directory, {withFileTypes: true})) {
				const full = path.join(directory, entry.name);
				if (entry.isDirectory()) walk(full);
				else if (/\.tsx?$/.test(entry.name)) files.push(full);
			}
		};
		walk(path.join(root, 'source'));
		const literals: string[] = [];
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			if (!beyondLatin1.test(text)) continue;
			const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
			const visit = (node: ts.Node) => {
				if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && beyondLatin1.test(node.getText(source))) literals.push(node.getText(source));
				ts.forEachChild(node, visit);
			};
			visit(source);
		}
		// The quote engine's patterns at least (quotation marks, apostrophes, dashes).
		expect(literals.length).toBeGreaterThan(20);
		const matches = (literal: string) => `const re = ${literal}; return samples.map((s) => re.global || re.sticky ? [...s.matchAll(new RegExp(re.source, re.flags.replace('y', '') + (re.global ? '' : 'g')))].map((m) => [m.index, ...m]) : re.exec(s));`;
		for (const literal of literals) {
			const escaped = escape(`const re = ${literal};`, 'one.js').text.slice('const re = '.length, -1);
			expect(escaped).not.toMatch(beyondLatin1);
			expect(outcome(matches(escaped)), literal).toBe(outcome(matches(literal)));
		}
	});

	it('keeps its results between builds: the same text for a module, none for a module without such characters', async () => {
		const directory = mkdtempSync(path.join(tmpdir(), 'lagebild-latin1-'));
		try {
			const file = path.join(directory, 'cache', 'latin1-sources.json');
			const code = 'export const dash = /[–—]/u; // – or —\n';
			const plain = 'export const a = 1;\n';
			const first = await kept(file);
			expect(first.source(code, '/x/one.ts')).toBe(escape(code, 'one.ts').text);
			expect(first.source(plain, '/x/two.ts')).toBe(plain);
			await first.save();
			expect(Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)).toEqual([escape(code, 'one.ts').text]);
			// Another worktree's build with the same module text reads it from the file: a value written under the module's
			// key comes back as it is, not escaped afresh (review V18 #15), and one of another escaper's text is not read.
			const escaper = readFileSync(path.join(root, 'scripts', 'latin1-source.mjs'));
			const keyOf = (escaperText: Buffer | string) => createHash('sha256').update(escaperText).update('\0').update('.ts').update('\0').update(code).digest('base64url');
			writeFileSync(file, JSON.stringify({[keyOf(escaper)]: 'sentinel: read from the file', [keyOf(`${escaper.toString()}\n// another version`)]: 'sentinel: another escaper'}));
			const second = await kept(file);
			expect(second.source(code, '/y/one.ts')).toBe('sentinel: read from the file');
			writeFileSync(file, JSON.stringify({[keyOf(`${escaper.toString()}\n// another version`)]: 'sentinel: another escaper'}));
			expect((await kept(file)).source(code, '/y/one.ts')).toBe(escape(code, 'one.ts').text);
			// A cache file cut short by a crash is no cache, not a failed build (review V18 #9).
			writeFileSync(file, '{"abc": "x');
			const third = await kept(file);
			expect(third.source(code, '/z/one.ts')).toBe(escape(code, 'one.ts').text);
			await third.save();
			expect(Object.values(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)).toEqual([escape(code, 'one.ts').text]);
		} finally {
			rmSync(directory, {recursive: true, force: true});
		}
	});
});
