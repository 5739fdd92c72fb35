// The bundle's string-width: a narrow-text fast path in front, the package's own code built on first other text.

/*
 * Every copy of string-width (Ink, widest-line, cli-truncate and the app each bring one) builds an Intl.Segmenter and
 * a `\p{RGI_Emoji}` regular expression when its module loads, and the first text that is not printable ASCII compiles
 * that expression: ~30 ms of the app's start-up for text that is mostly Latin letters and punctuation. In the bundle
 * each copy answers such text (source/ui/text/narrow-text.ts) by its length, and its own code (wrapped into a function)
 * runs only for other text. The package's code itself is unchanged.
 */

import {readFile} from 'node:fs/promises';
import path from 'node:path';

const exportLine = /^export default function stringWidth\(/m;
const importLine = /^import [^;\n]+ from '[^'\n]+';\n/gm;

/**
 * string-width's index.js with the fast path, or undefined when the file is not shaped as expected (imports at the
 * top, one `export default function stringWidth(` ending the file, no other export): then it is bundled as it is.
 */
export function withNarrowFastPath(source, narrowTextModule) {
	const imports = source.match(importLine) ?? [];
	const body = source.replaceAll(importLine, '');
	if (!imports.some(line => line.includes("'strip-ansi'")) || !exportLine.test(body) || /^export /gm.test(body.replace(exportLine, ''))) {
		return undefined;
	}

	return [
		...imports,
		`import {isNarrowText as lagebildIsNarrowText} from ${JSON.stringify(narrowTextModule)};`,
		/^import stripAnsi from 'strip-ansi';$/m.test(imports.join('')) ? '' : "import stripAnsi from 'strip-ansi';",
		'let lagebildFullStringWidth;',
		'function lagebildLoadStringWidth() {',
		body.replace(exportLine, 'return function stringWidth('),
		'}',
		'export default function stringWidth(input, options) {',
		"\tif (typeof input === 'string' && (options === undefined || (options.ambiguousIsNarrow !== false && !options.countAnsiEscapeCodes))) {",
		"\t\tconst text = input.includes('\\u001B') || input.includes('\\u009B') ? stripAnsi(input) : input;",
		'\t\tif (lagebildIsNarrowText(text)) return text.length;',
		'\t}',
		'\treturn (lagebildFullStringWidth ??= lagebildLoadStringWidth())(input, options);',
		'}',
		'',
	].join('\n');
}

/** The esbuild plugin: every string-width/index.js in node_modules gets the fast path (isNarrowText from that module). */
export function stringWidthFastPath(narrowTextModule) {
	return {
		name: 'string-width-fast-path',
		setup(build) {
			build.onLoad({filter: /[/\\]node_modules[/\\](?:.+[/\\])?string-width[/\\]index\.js$/}, async (args) => {
				const text = await readFile(args.path, 'utf8');
				const patched = withNarrowFastPath(text, narrowTextModule);
				return patched === undefined
					? {contents: text, loader: 'js', resolveDir: path.dirname(args.path), warnings: [{text: `${args.path} is not shaped as expected: bundled without the narrow-text fast path`}]}
					: {contents: patched, loader: 'js', resolveDir: path.dirname(args.path)};
			});
		},
	};
}
