// Puts rows into Ink's kept row caches (ink-output-cache.ts) before they are drawn, as the text Ink will write.

/*
 * Opening a story draws ~40 rows Ink has never seen: tokenising them into styled cells and joining the cells back
 * into row strings was the largest part of an open. With Ink's caches kept between frames (ink-output-cache.ts),
 * a row is looked up by exactly the text Ink writes for it, so the rows of the story a reader is likely to open next
 * can be built while the app is idle. The text is made here the way Ink's <Text> makes it (its styles applied in
 * its order with Ink's own chalk and colorize, its control-sequence filter) and, for a row in its ASCII shape, the
 * restoring transform applied. Should this text ever differ from Ink's, the warmed row is merely never used: the
 * cache is keyed by the text itself, so a frame cannot come out different. Without the modules this expects
 * (another Ink version), nothing is warmed.
 */

import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import type {AsciiShape} from './text/ascii-shape.js';
import type {Line} from './text/line.js';
import type {Style, Theme} from './theme.js';

type Paint = (text: string) => string;

interface InkOutput {
	write(x: number, y: number, text: string, options: {transformers: Array<(line: string, index: number) => string>}): void;
	get(): unknown;
}

interface InkModules {
	Output: new (options: {width: number; height: number}) => InkOutput;
	sanitize: Paint;
	colorize: (text: string, color: string, type: 'foreground' | 'background') => string;
	chalk: Record<'dim' | 'bold' | 'italic' | 'underline' | 'inverse', Paint>;
}

/** Writes rows (already cut to the width, in the form LineView draws unselected) into Ink's caches. */
export type InkRowWarmer = (rows: ReadonlyArray<{fitted: Line; shape: AsciiShape | undefined}>, theme: Theme, columns: number) => void;

let loaded: Promise<InkRowWarmer | undefined> | undefined;

function isPaint(value: unknown): value is Paint {
	return typeof value === 'function';
}

/**
 * The bundled Ink's internals, in the bundle only (scripts/bundle.mjs replaces this declaration with an import, as
 * for ink-output-cache.ts): the bundle holds its own copy of Ink, which the files loaded below would not be.
 */
declare const lagebildBundledInk: {Output: unknown; sanitizeAnsi: unknown; colorize: unknown; chalk: unknown} | undefined;

/** Ink's Output, sanitizer, colorize and chalk: the bundled ones, else the files Ink itself loads. */
async function importInk(): Promise<[unknown, unknown, unknown, Record<string, unknown> | undefined]> {
	if (typeof lagebildBundledInk !== 'undefined') {
		const {Output, sanitizeAnsi, colorize, chalk} = lagebildBundledInk;
		return [Output, sanitizeAnsi, colorize, chalk as Record<string, unknown> | undefined];
	}

	const inkUrl = import.meta.resolve('ink');
	const [output, sanitize, colorize] = await Promise.all(['output.js', 'sanitize-ansi.js', 'colorize.js']
		.map(async file => (await import(new URL(file, inkUrl).href) as {default?: unknown}).default));
	// Ink's own chalk (the instance its Text paints with, at the colour level it detected).
	const chalkPath = createRequire(inkUrl).resolve('chalk');
	const chalk = (await import(pathToFileURL(chalkPath).href) as {default?: Record<string, unknown>}).default;
	return [output, sanitize, colorize, chalk];
}

async function load(): Promise<InkRowWarmer | undefined> {
	try {
		const [output, sanitize, colorize, chalk] = await importInk();
		if (typeof output !== 'function' || !isPaint(sanitize) || typeof colorize !== 'function' || !chalk) {
			return undefined;
		}

		const paints = {dim: chalk.dim, bold: chalk.bold, italic: chalk.italic, underline: chalk.underline, inverse: chalk.inverse};
		if (!Object.values(paints).every(paint => isPaint(paint))) {
			return undefined;
		}

		return warmer({
			Output: output as InkModules['Output'],
			sanitize,
			colorize: colorize as InkModules['colorize'],
			chalk: paints as InkModules['chalk'],
		});
	} catch {
		return undefined;
	}
}

/** What Ink's <Text> does to its children's text for these props (ink/build/components/Text.js, same order). */
function paint(text: string, style: Style, ink: InkModules): string {
	let out = text;
	if (style.dimColor) {
		out = ink.chalk.dim(out);
	}

	if (style.color) {
		out = ink.colorize(out, style.color, 'foreground');
	}

	if (style.bold) {
		out = ink.chalk.bold(out);
	}

	if (style.italic) {
		out = ink.chalk.italic(out);
	}

	if (style.underline) {
		out = ink.chalk.underline(out);
	}

	if (style.inverse) {
		out = ink.chalk.inverse(out);
	}

	return out;
}

function warmer(ink: InkModules): InkRowWarmer {
	return (rows, theme, columns) => {
		const output = new ink.Output({width: columns, height: rows.length});
		for (const [y, {fitted, shape}] of rows.entries()) {
			// LineView's tree: <Text> of one <Text> per segment (Ink squashes them into one string), inside a
			// <Transform> restoring the real text when the row went to Ink in its ASCII shape.
			let text = '';
			for (const segment of shape?.line ?? fitted) {
				if (segment.text.length > 0) {
					text += paint(segment.text, segment.token ? theme[segment.token] : {}, ink);
				}
			}

			text = ink.sanitize(text);
			output.write(0, y, shape ? shape.restore(ink.sanitize(text)) : text, {transformers: []});
		}

		output.get();
	};
}

/** Loads the warmer once per process; undefined when Ink is not the version this knows. */
export async function inkRowWarmer(): Promise<InkRowWarmer | undefined> {
	loaded ??= load();
	return loaded;
}
