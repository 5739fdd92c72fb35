// Ink's styled characters and row strings for narrow text, built without segmenting it into graphemes.

/*
 * Ink's Output turns every line it has not seen into styled characters (@alcalzone/ansi-tokenize: grapheme
 * segmentation of the whole line, a copy of the active styles per character) and every row back into a string
 * (a style difference computed between each pair of neighbouring characters). On the first frame no line has been
 * seen: that was ~30 ms of the start-up. For narrow text (each character one cell and one grapheme, see
 * text/narrow-text.ts) between SGR escape codes the characters are known without segmenting, and neighbours that
 * share a style share its array, so a row is joined with one style difference per change of style. The results are
 * the tokenizer's own (its functions compute the styles and their differences; a test compares both on random
 * styled lines); any other line goes to the tokenizer as before.
 */

import {isNarrowText} from './text/narrow-text.js';

export interface AnsiCode {
	type: string;
	code: string;
	endCode: string;
}

export interface StyledChar {
	type: string;
	value: string;
	fullWidth: boolean;
	styles: AnsiCode[];
}

/** The functions of @alcalzone/ansi-tokenize these are built from (the copy Ink's Output uses). */
export interface AnsiTokenizer {
	tokenize(text: string): Array<AnsiCode | {type: 'char'; value: string; fullWidth: boolean}>;
	styledCharsFromTokens(tokens: ReturnType<AnsiTokenizer['tokenize']>): StyledChar[];
	reduceAnsiCodesIncremental(codes: AnsiCode[], newCodes: AnsiCode[]): AnsiCode[];
	diffAnsiCodes(from: AnsiCode[], to: AnsiCode[]): AnsiCode[];
	ansiCodesToString(codes: AnsiCode[]): string;
}

const sgrCode = /\u001B\[[\d;]*m/g;

/** The character lists built from narrow text here: each character is one cell (a row need not measure them). */
export const narrowStyledChars = new WeakSet<readonly StyledChar[]>();

/**
 * styledCharsFromTokens(tokenize(line)) for `line`, with neighbours of one style sharing its array (equal content;
 * nothing changes a character's styles after this).
 */
export function styledCharsOf(line: string, tokenizer: AnsiTokenizer, codeTokens: Map<string, AnsiCode[]>): StyledChar[] {
	const chars: StyledChar[] = [];
	let styles: AnsiCode[] = [];
	let last = 0;
	const addText = (text: string): boolean => {
		if (!isNarrowText(text)) {
			return false;
		}

		for (let index = 0; index < text.length; index++) {
			chars.push({type: 'char', value: text[index]!, fullWidth: false, styles});
		}

		return true;
	};

	for (const match of line.matchAll(sgrCode)) {
		if (!addText(line.slice(last, match.index))) {
			return tokenizer.styledCharsFromTokens(tokenizer.tokenize(line));
		}

		let tokens = codeTokens.get(match[0]);
		if (tokens === undefined) {
			tokens = tokenizer.tokenize(match[0]).filter((token): token is AnsiCode => token.type === 'ansi');
			codeTokens.set(match[0], tokens);
		}

		styles = tokenizer.reduceAnsiCodesIncremental(styles, tokens);
		last = match.index + match[0].length;
	}

	if (!addText(line.slice(last))) {
		return tokenizer.styledCharsFromTokens(tokenizer.tokenize(line));
	}

	narrowStyledChars.add(chars);
	return chars;
}

/** styledCharsToString(chars): the style difference is computed only where the styles array changes. */
export function styledCharsString(chars: readonly StyledChar[], tokenizer: AnsiTokenizer): string {
	let text = '';
	for (let index = 0; index < chars.length; index++) {
		const char = chars[index]!;
		if (index === 0) {
			text += tokenizer.ansiCodesToString(char.styles);
		} else {
			const previous = chars[index - 1]!.styles;
			if (previous !== char.styles) {
				text += tokenizer.ansiCodesToString(tokenizer.diffAnsiCodes(previous, char.styles));
			}
		}

		text += char.value;
		if (index === chars.length - 1) {
			text += tokenizer.ansiCodesToString(tokenizer.diffAnsiCodes(char.styles, []));
		}
	}

	return text;
}

/** Whether `value` holds the tokenizer functions (another version of Ink may bring another tokenizer). */
export function isAnsiTokenizer(value: Partial<Record<keyof AnsiTokenizer, unknown>>): value is AnsiTokenizer {
	return (['tokenize', 'styledCharsFromTokens', 'reduceAnsiCodesIncremental', 'diffAnsiCodes', 'ansiCodesToString'] as const)
		.every(name => typeof value[name] === 'function');
}
