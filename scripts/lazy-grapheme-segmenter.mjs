// The bundle's grapheme segmenters: built on first use, and none at all for the ANSI codes the first frame tokenises.

/*
 * @alcalzone/ansi-tokenize (Ink's Output) and slice-ansi each build an Intl.Segmenter when their module loads. The
 * first Intl object of a process starts ICU: ~13 ms of main-thread CPU. The app's first frame needs no Intl (its other
 * uses wait too: ui/state/feed-view.ts's Collator, and the stopwords' normalize behind briefing/helper-heap.ts). The
 * first frame segments no text (ui/ink-styled-chars.ts measures narrow text itself); it only tokenises its ten or so
 * SGR codes ("\u001B[1m"), each one grapheme per character: in ASCII only CR LF joins two characters into one
 * grapheme (UAX #29, GB3), so ASCII without CR needs no segmenter. In the bundle both segmenters are built when first
 * needed, and ansi-tokenize splits ASCII without CR itself. The packages' code is otherwise unchanged.
 */

import {readFile} from 'node:fs/promises';
import path from 'node:path';

/** Code that makes `name` an object whose segment(text) is a grapheme segmenter's, built on the first call. */
function lazySegmenter(name, {asciiByCharacter}) {
	const real = `(lagebildSegmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'}))`;
	return [
		'let lagebildSegmenter;',
		...(asciiByCharacter
			? [
				'const lagebildAsciiWithoutCr = /^[\\u0000-\\u000C\\u000E-\\u007F]*$/;',
				'function* lagebildEachCharacter(text) {',
				'\tfor (let index = 0; index < text.length; index++) yield {segment: text[index], index, input: text};',
				'}',
				`const ${name} = {segment: text => (lagebildAsciiWithoutCr.test(text) ? lagebildEachCharacter(text) : ${real}.segment(text))};`,
			]
			: [`const ${name} = {segment: text => ${real}.segment(text)};`]),
	].join('\n');
}

/** The two modules and the one line in each that builds its segmenter. */
export const segmenterModules = [
	{
		file: /[/\\]node_modules[/\\]@alcalzone[/\\]ansi-tokenize[/\\]build[/\\]tokenize\.js$/,
		line: /^const segmenter = new Intl\.Segmenter\(undefined, \{ granularity: "grapheme" \}\);$/m,
		name: 'segmenter',
		asciiByCharacter: true,
	},
	{
		file: /[/\\]node_modules[/\\]slice-ansi[/\\]tokenize-ansi\.js$/,
		line: /^const GRAPHEME_SEGMENTER = new Intl\.Segmenter\(undefined, \{granularity: 'grapheme'\}\);$/m,
		name: 'GRAPHEME_SEGMENTER',
		asciiByCharacter: false,
	},
];

/** The module's text with its segmenter built lazily, or undefined when the line is not there as expected. */
export function withLazySegmenter(source, module) {
	const matches = source.match(new RegExp(module.line.source, 'gm')) ?? [];
	if (matches.length !== 1 || (source.match(/new Intl\.Segmenter\(/g) ?? []).length !== 1) return undefined;
	return source.replace(module.line, lazySegmenter(module.name, module));
}

/** The esbuild plugin for both modules; a module not shaped as expected is bundled as it is, with a warning. */
export function lazyGraphemeSegmenter() {
	return {
		name: 'lazy-grapheme-segmenter',
		setup(build) {
			for (const module of segmenterModules) {
				build.onLoad({filter: module.file}, async (args) => {
					const text = await readFile(args.path, 'utf8');
					const patched = withLazySegmenter(text, module);
					return patched === undefined
						? {contents: text, loader: 'js', resolveDir: path.dirname(args.path), warnings: [{text: `${args.path} builds its segmenter differently: bundled as it is`}]}
						: {contents: patched, loader: 'js', resolveDir: path.dirname(args.path)};
				});
			}
		},
	};
}
