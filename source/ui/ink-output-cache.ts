// Keeps Ink's per-frame text caches (ANSI tokens per line, finished rows) from one frame to the next.

/*
 * Ink (6.8) draws every frame into a fresh `Output`: it tokenises each written line into styled characters, lays them
 * into a grid of cells and turns every grid row back into a string, all from empty caches. A keypress that moves
 * the selection changes two rows of forty, yet the whole screen was re-tokenised and re-joined: most of a frame's time.
 *
 * This keeps one token cache for all frames and remembers each finished row by what was written into it, so an
 * unchanged row costs a lookup. Rows are built with Ink's own functions and in Ink's order (the same cells, the same
 * escape codes); a frame that clips horizontally, which this app's layout never does, goes to Ink's own code. Ink
 * does not export Output: it is loaded from the file Ink's renderer imports (the same module instance; in the bundle,
 * scripts/bundle.mjs hands over the bundled one). When the file or its shape is not what this expects (another Ink
 * version), nothing is patched and Ink draws as always, slower.
 */

import {appendFileSync} from 'node:fs';
import {inkInternals} from './ink-internals.js';
import {isAnsiTokenizer, narrowStyledChars, type StyledChar, styledCharsOf, styledCharsString} from './ink-styled-chars.js';

interface OutputCaches {
	styledChars: Map<string, StyledChar[]>;
	widths: Map<string, number>;
	blockWidths: Map<string, number>;
	getStyledChars(line: string): StyledChar[];
	getStringWidth(text: string): number;
}

type Transformer = (line: string, index: number) => string;

type Clip = {x1?: number; x2?: number; y1?: number; y2?: number};

type Operation =
	| {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
	| {type: 'clip'; clip: Clip}
	| {type: 'unclip'};

interface OutputInstance {
	width: number;
	height: number;
	operations: Operation[];
	caches: OutputCaches;
	get(): {output: string; height: number};
}

type OutputClass = (new (options: {width: number; height: number}) => OutputInstance) & {prototype: OutputInstance};

type StyledCharsToString = (chars: StyledChar[]) => string;

/*
 * Entries a cache holds at most. A screen writes ~80 lines (two panes) into ~40 rows; scrolling a long article adds
 * more, and each story whose rows are built ahead of Enter (ink-row-warmer.ts) ~36. A tokenised line holds an object
 * per character (~10 kB for a full row), so its cache is the smallest: 1,000 lines stay near 10 MB at worst.
 */
const maxTokenisedLines = 1000;
const maxRows = 2000;
const maxWidths = 20_000;

/**
 * Drops the oldest half of a full cache. Starting over instead made the frame after it (every ~27 story opens once
 * rows are built ahead) tokenise the whole screen again; what is on screen now was mostly written recently.
 */
export function trimOldest(cache: Map<string, unknown>, max: number): void {
	if (cache.size <= max) {
		return;
	}

	let excess = cache.size - Math.floor(max / 2);
	for (const key of cache.keys()) {
		if (excess-- <= 0) {
			break;
		}

		cache.delete(key);
	}
}

let installed: Promise<boolean> | undefined;

function isCaches(value: unknown): value is OutputCaches {
	if (typeof value !== 'object' || value === null) {
		return false;
	}

	const candidate = value as Partial<Record<keyof OutputCaches, unknown>>;
	return candidate.styledChars instanceof Map && candidate.widths instanceof Map && candidate.blockWidths instanceof Map
		&& typeof candidate.getStyledChars === 'function' && typeof candidate.getStringWidth === 'function';
}

const blank: StyledChar = {type: 'char', value: ' ', fullWidth: false, styles: []};

/** One grid row as Ink's Output.get builds it: blank cells, then each piece's characters in write order. */
function buildRow(width: number, pieces: Array<{x: number; line: string}>, caches: OutputCaches, toString: StyledCharsToString): string {
	const row: Array<StyledChar | undefined> = Array.from({length: width}, () => blank);
	for (const {x, line} of pieces) {
		let offsetX = x;
		const chars = caches.getStyledChars(line);
		if (narrowStyledChars.has(chars)) {
			// One cell each: nothing to measure.
			for (const character of chars) {
				row[offsetX++] = character;
			}

			continue;
		}

		for (const character of chars) {
			row[offsetX] = character;
			const characterWidth = Math.max(1, caches.getStringWidth(character.value));
			for (let index = 1; index < characterWidth; index++) {
				row[offsetX + index] = {type: 'char', value: '', fullWidth: false, styles: character.styles};
			}

			offsetX += characterWidth;
		}
	}

	return toString(row.filter((item): item is StyledChar => item !== undefined)).trimEnd();
}

/**
 * Output.get with finished rows kept: collects what each row receives (Ink's clipping and transformer order), then
 * builds only rows whose pieces changed. Undefined when a write is clipped horizontally (left to Ink's own code).
 */
function cachedGet(output: OutputInstance, rows: Map<string, string>, toString: StyledCharsToString): {output: string; height: number} | undefined {
	const pieces: Array<Array<{x: number; line: string}>> = Array.from({length: output.height}, () => []);
	const clips: Clip[] = [];
	for (const operation of output.operations) {
		if (operation.type === 'clip') {
			clips.push(operation.clip);
			continue;
		}

		if (operation.type === 'unclip') {
			clips.pop();
			continue;
		}

		let {x, y} = operation;
		let lines = operation.text.split('\n');
		const clip = clips.at(-1);
		if (clip) {
			if (typeof clip.x1 === 'number' && typeof clip.x2 === 'number') {
				return undefined;
			}

			if (typeof clip.y1 === 'number' && typeof clip.y2 === 'number') {
				if (y + lines.length < clip.y1 || y > clip.y2) {
					continue;
				}

				const from = y < clip.y1 ? clip.y1 - y : 0;
				const to = y + lines.length > clip.y2 ? clip.y2 - y : lines.length;
				lines = lines.slice(from, to);
				if (y < clip.y1) {
					y = clip.y1;
				}
			}
		}

		for (let [index, line] of lines.entries()) {
			const target = pieces[y + index];
			// Ink stops at the first row outside the grid.
			if (!target) {
				break;
			}

			for (const transformer of operation.transformers) {
				line = transformer(line, index);
			}

			target.push({x, line});
		}
	}

	trimOldest(rows, maxRows);

	const text = pieces.map(rowPieces => {
		const key = `${output.width}\u0001${rowPieces.map(piece => `${piece.x}\u0002${piece.line}`).join('\u0001')}`;
		let row = rows.get(key);
		if (row === undefined) {
			row = buildRow(output.width, rowPieces, output.caches, toString);
			rows.set(key, row);
		}

		return row;
	});
	return {output: text.join('\n'), height: pieces.length};
}

async function install(): Promise<boolean> {
	try {
		const ink = await inkInternals();
		const Output = ink.Output as OutputClass | undefined;
		const toString = ink.styledCharsToString as StyledCharsToString | undefined;
		if (typeof Output !== 'function' || typeof Output.prototype.get !== 'function' || typeof toString !== 'function') {
			return false;
		}

		const probe = new Output({width: 1, height: 1});
		if (!isCaches(probe.caches) || !Array.isArray(probe.operations) || probe.width !== 1 || probe.height !== 1) {
			return false;
		}

		const Caches = probe.caches.constructor as new () => OutputCaches;
		const shared = new Caches();
		// Narrow text is turned into styled characters and rows without grapheme segmentation (ink-styled-chars.ts).
		const tokenizer = ink.tokenizer ?? {};
		let rowString = toString;
		if (isAnsiTokenizer(tokenizer)) {
			const codeTokens = new Map<string, ReturnType<typeof styledCharsOf>[number]['styles']>();
			shared.getStyledChars = function (line: string) {
				let chars = this.styledChars.get(line);
				if (chars === undefined) {
					chars = styledCharsOf(line, tokenizer, codeTokens);
					this.styledChars.set(line, chars);
				}

				return chars;
			};

			rowString = chars => styledCharsString(chars, tokenizer);
		}

		const rows = new Map<string, string>();
		const get = Output.prototype.get;
		Output.prototype.get = function (this: OutputInstance) {
			trimOldest(shared.styledChars, maxTokenisedLines);
			trimOldest(shared.widths, maxWidths);
			trimOldest(shared.blockWidths, maxWidths);
			this.caches = shared;
			return cachedGet(this, rows, rowString) ?? get.call(this);
		};

		return true;
	} catch {
		return false;
	}
}

/**
 * Patches Ink's Output once per process; resolves whether the patch is in place. With LAGEBILD_BENCH_MARK naming a
 * file it appends `ink-output-caches on|off` there: the benchmark and the bundle's test read whether the patch
 * reached the Ink that draws (a bundle holds its own copy of Ink).
 */
export async function keepInkOutputCaches(env: Record<string, string | undefined> = process.env): Promise<boolean> {
	const first = installed === undefined;
	installed ??= install();
	const active = await installed;
	if (first && env.LAGEBILD_BENCH_MARK) {
		try {
			appendFileSync(env.LAGEBILD_BENCH_MARK, `ink-output-caches ${active ? 'on' : 'off'}\n`);
		} catch {
			// A benchmark marker must never break the app.
		}
	}

	return active;
}
