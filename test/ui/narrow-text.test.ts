// Narrow text (measured by its length) against every string-width copy the app bundles and the grapheme segmenter.

import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
import {isNarrowText} from '../../source/ui/text/narrow-text.js';
import {cellWidth, cutToWidth, graphemes} from '../../source/ui/text/fit.js';
// @ts-expect-error -- a plain JavaScript build script without type declarations
import {stringWidthFastPath, withNarrowFastPath} from '../../scripts/string-width-fast-path.mjs';

type StringWidth = (text: string, options?: {ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean}) => number;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const narrowTextModule = path.join(root, 'source', 'ui', 'text', 'narrow-text.ts');

/** Every installed string-width: the app's own and the ones Ink and its helpers bring. */
function stringWidthFiles(): string[] {
	const files = [path.join(root, 'node_modules', 'string-width', 'index.js')];
	for (const dependent of readdirSync(path.join(root, 'node_modules'))) {
		try {
			files.push(createRequire(path.join(root, 'node_modules', dependent, 'package.json')).resolve('string-width'));
		} catch {
			// No string-width of its own (or a package that cannot resolve it): the top-level one is in the list already.
		}
	}

	return [...new Set(files)];
}

const narrowCharacters: string[] = [];
for (let code = 0; code < 0x1_00_00; code++) {
	const character = String.fromCharCode(code);
	if (isNarrowText(character)) narrowCharacters.push(character);
}

const samples = [
	'Hällo Wörld – „Zitat“ … • · €5', '\u001B[1mBold\u001B[22m Straße', 'naïve café ├── résumé', 'Ελληνικά и кириллица',
	'日本語', '👍🏽 ok', 'e\u0301', 'a\u00ADb', '©2025 ®', '‼ ⁉', '\u001B[31m漢字\u001B[39m', '', 'tab\there', 'x\u200Dy', '한국어', '\u0007bell',
];

describe('narrow text', () => {
	it('covers the Latin, Greek, Cyrillic and punctuation news text is mostly made of', () => {
		expect(narrowCharacters.length).toBeGreaterThan(1500);
		for (const text of ['Ärger über Öl: „Nein“ – sagt er…', 'Crème brûlée • 12 € · ← →', 'Мир и Ελλάδα']) expect(isNarrowText(text)).toBe(true);
		for (const text of ['日本', 'e\u0301', 'a\u00ADb', '©', '‼', '👍', '\u001B[1m', '\t']) expect(isNarrowText(text)).toBe(false);
	});

	it.each(stringWidthFiles())('is one cell per character for %s', async (file) => {
		const {default: stringWidth} = await import(pathToFileURL(file).href) as {default: StringWidth};
		const wide = narrowCharacters.filter(character => stringWidth(character) !== 1);
		expect(wide.map(character => character.codePointAt(0)!.toString(16))).toEqual([]);
		expect(stringWidth(narrowCharacters.join(''))).toBe(narrowCharacters.length);
	});

	it('never joins neighbours into one grapheme', () => {
		const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		const count = (text: string) => [...segmenter.segment(text)].length;
		expect(count(narrowCharacters.join(''))).toBe(narrowCharacters.length);
		expect(count(narrowCharacters.toReversed().join(''))).toBe(narrowCharacters.length);
		fc.assert(fc.property(fc.array(fc.constantFrom(...narrowCharacters), {maxLength: 60}), (characters) => {
			expect(count(characters.join(''))).toBe(characters.length);
		}), {numRuns: 300});
	});

	it('measures, cuts and splits as string-width and the segmenter do (fit.ts)', async () => {
		const {default: stringWidth} = await import('string-width') as {default: StringWidth};
		const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
		fc.assert(fc.property(fc.array(fc.constantFrom(...narrowCharacters), {maxLength: 40}), fc.nat(45), (characters, room) => {
			const text = characters.join('');
			expect(cellWidth(text)).toBe(stringWidth(text));
			expect(graphemes(text)).toEqual(Array.from(segmenter.segment(text), part => part.segment));
			expect(cutToWidth(text, room)).toEqual({text: text.slice(0, room), width: Math.min(room, text.length)});
		}), {numRuns: 300});
	});
});

describe('the bundle\'s string-width (scripts/string-width-fast-path.mjs)', () => {
	const files = stringWidthFiles();
	const bundled = new Map<string, StringWidth>();

	beforeAll(async () => {
		// Each copy bundled with the plugin, exactly as scripts/bundle.mjs does, and loaded beside the original.
		const entry = files.map((file, index) => `export {default as w${index}} from ${JSON.stringify(file)};`).join('\n');
		const result = await build({
			stdin: {contents: entry, resolveDir: root, loader: 'js'},
			bundle: true,
			write: false,
			format: 'esm',
			platform: 'node',
			logLevel: 'silent',
			plugins: [stringWidthFastPath(narrowTextModule)],
		});
		expect(result.warnings).toEqual([]);
		const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]!.text).toString('base64')}`) as Record<string, StringWidth>;
		for (const [index, file] of files.entries()) bundled.set(file, module[`w${index}`]!);
	});

	it.each(files)('patches %s', (file) => {
		const patched = withNarrowFastPath(readFileSync(file, 'utf8'), narrowTextModule) as string | undefined;
		expect(patched).toContain('lagebildIsNarrowText');
	});

	it.each(files)('answers as the original %s does, with and without options', async (file) => {
		const {default: original} = await import(pathToFileURL(file).href) as {default: StringWidth};
		const patched = bundled.get(file)!;
		const optionSets = [undefined, {}, {ambiguousIsNarrow: false}, {countAnsiEscapeCodes: true}];
		for (const text of samples) {
			for (const options of optionSets) expect([text, options, patched(text, options)]).toEqual([text, options, original(text, options)]);
		}

		fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...narrowCharacters), fc.constantFrom(...samples), fc.string()), {maxLength: 12}), (parts) => {
			const text = parts.join('');
			expect(patched(text)).toBe(original(text));
		}), {numRuns: 300});
	});

	it('leaves a file of another shape alone', () => {
		expect(withNarrowFastPath('export const width = 1;\nexport default function stringWidth(s) { return s.length; }\n', narrowTextModule)).toBeUndefined();
	});
});
