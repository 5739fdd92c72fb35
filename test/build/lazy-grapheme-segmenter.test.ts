// The bundle's grapheme segmenters (scripts/lazy-grapheme-segmenter.mjs): built on first use, same answers as the packages'.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import fc from 'fast-check';
import {beforeAll, describe, expect, it} from 'vitest';
// @ts-expect-error -- a plain JavaScript build script without type declarations
import {lazyGraphemeSegmenter, segmenterModules, withLazySegmenter} from '../../scripts/lazy-grapheme-segmenter.mjs';

type Tokenize = (text: string) => unknown[];
type TokenizeAnsi = (text: string) => unknown[];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ansiTokenizeFile = path.join(root, 'node_modules', '@alcalzone', 'ansi-tokenize', 'build', 'tokenize.js');
const sliceAnsiFile = path.join(root, 'node_modules', 'slice-ansi', 'tokenize-ansi.js');

/** Text with what grapheme segmentation is about: CR LF, combining marks, emoji with joiners and flags, wide letters. */
const pieces = ['\r\n', '\r', '\n', 'e\u0301', '👩‍👩‍👧', '🇩🇪', '你好', 'ä', '\u001B[1m', '\u001B[38;5;196m', '\u001B[39m', '\u001B]8;;https://example.org\u0007', 'abc', ' ', '\t', '\u0000', '\u007F'];

/** A copy of the bundled modules of its own (its own segmenters, none built yet). */
async function freshBundle(text: string, name: string): Promise<{tokenize: Tokenize; tokenizeAnsi: TokenizeAnsi}> {
	return import(`data:text/javascript;base64,${Buffer.from(`${text}\n// ${name}\n`).toString('base64')}`) as Promise<{tokenize: Tokenize; tokenizeAnsi: TokenizeAnsi}>;
}

/** Counts the segmenters built from now until restore(). */
function countSegmenters(): {built: () => number; restore: () => void} {
	const intl = Intl as unknown as {Segmenter: typeof Intl.Segmenter};
	const Original = intl.Segmenter;
	let built = 0;
	intl.Segmenter = class extends Original {
		constructor(...parameters: ConstructorParameters<typeof Original>) {
			super(...parameters);
			built++;
		}
	};
	return {built: () => built, restore: () => {
		intl.Segmenter = Original;
	}};
}

describe('the bundle\'s grapheme segmenters (scripts/lazy-grapheme-segmenter.mjs)', () => {
	let bundleText = '';
	let bundled: {tokenize: Tokenize; tokenizeAnsi: TokenizeAnsi};
	let original: {tokenize: Tokenize; tokenizeAnsi: TokenizeAnsi};
	beforeAll(async () => {
		// Both modules bundled with the plugin, as scripts/bundle.mjs does, and loaded beside the originals.
		const entry = `export {tokenize} from ${JSON.stringify(ansiTokenizeFile)};\nexport {default as tokenizeAnsi} from ${JSON.stringify(sliceAnsiFile)};`;
		const result = await build({stdin: {contents: entry, resolveDir: root, loader: 'js'}, bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent', plugins: [lazyGraphemeSegmenter()]});
		expect(result.warnings).toEqual([]);
		bundleText = result.outputFiles[0]!.text;
		bundled = await freshBundle(bundleText, 'property');
		const {tokenize} = await import(pathToFileURL(ansiTokenizeFile).href) as {tokenize: Tokenize};
		const {default: tokenizeAnsi} = await import(pathToFileURL(sliceAnsiFile).href) as {default: TokenizeAnsi};
		original = {tokenize, tokenizeAnsi};
	});

	it('patches both modules as installed, and leaves another shape alone', () => {
		const [ansiTokenize, sliceAnsi] = segmenterModules as [object, object];
		for (const [file, module] of [[ansiTokenizeFile, ansiTokenize], [sliceAnsiFile, sliceAnsi]] as const) {
			expect(withLazySegmenter(readFileSync(file, 'utf8'), module) as string | undefined).toContain('lagebildSegmenter ??= new Intl.Segmenter');
			expect(withLazySegmenter('const x = 1;\n', module)).toBeUndefined();
		}
	});

	it('tokenises as the packages do', () => {
		fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string(), fc.string({unit: 'grapheme'})), {maxLength: 10}), (parts) => {
			const text = parts.join('');
			expect(bundled.tokenize(text)).toEqual(original.tokenize(text));
			expect(bundled.tokenizeAnsi(text)).toEqual(original.tokenizeAnsi(text));
		}), {numRuns: 500});
	});

	it('builds no segmenter when loaded, nor for SGR codes and ASCII text; one when other text comes', async () => {
		const counted = countSegmenters();
		try {
			// The package's own module builds one as it loads (a copy of its own, by another URL).
			await import(`${pathToFileURL(ansiTokenizeFile).href}?counted`);
			expect(counted.built()).toBe(1);
			const fresh = await freshBundle(bundleText, 'counted');
			for (const code of ['\u001B[1m', '\u001B[36m', '\u001B[39m', '\u001B[22m', 'plain ASCII text\n']) fresh.tokenize(code);
			expect(counted.built()).toBe(1);
			fresh.tokenize('CR LF\r\n');
			fresh.tokenize('e\u0301');
			expect(counted.built()).toBe(2);
		} finally {
			counted.restore();
		}
	});
});
