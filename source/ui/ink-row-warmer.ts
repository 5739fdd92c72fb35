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

import {inkInternals} from './ink-internals.js';
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

async function load(): Promise<InkRowWarmer | undefined> {
	try {
		const {Output: output, sanitizeAnsi: sanitize, colorize, chalk} = await inkInternals();
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
