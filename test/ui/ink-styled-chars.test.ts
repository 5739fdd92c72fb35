// The fast styled characters and row strings against @alcalzone/ansi-tokenize's own, on random styled lines.

import fc from 'fast-check';
import stringWidth from 'string-width';
import {beforeAll, describe, expect, it} from 'vitest';
import {inkInternals} from '../../source/ui/ink-internals.js';
import {type AnsiTokenizer, isAnsiTokenizer, narrowStyledChars, type StyledChar, styledCharsOf, styledCharsString} from '../../source/ui/ink-styled-chars.js';

let tokenizer: AnsiTokenizer;
let styledCharsToString: (chars: StyledChar[]) => string;

beforeAll(async () => {
	const internals = await inkInternals();
	const candidate = internals.tokenizer ?? {};
	if (!isAnsiTokenizer(candidate) || typeof internals.styledCharsToString !== 'function') throw new Error('Ink\'s tokenizer could not be loaded');
	tokenizer = candidate;
	styledCharsToString = internals.styledCharsToString as typeof styledCharsToString;
});

// What chalk and Ink's colorize write (styles on and off, 16, 256 and true colours, resets), and escapes that are no SGR code.
const sgr = ['0', '1', '2', '3', '4', '7', '9', '22', '23', '24', '27', '29', '31', '32', '39', '41', '49', '90', '97', '38;5;208', '48;5;17', '38;2;10;20;30', '48;2;1;2;3', '1;31', '']
	.map(code => `\u001B[${code}m`);
const notSgr = ['\u001B[', '\u001B[31', '\u001B]8;;https://example.org\u0007', '\u001B', '\u009B31m', '\u001B[?25l'];
const narrow = ['a', 'Z', ' ', 'ä', 'ß', '–', '„', '“', '…', '·', '•', '▸', '│', '€', 'Ω', 'ж', '→'];
const other = ['日', '👍', 'e\u0301', '\u00AD', '©', '\t', '한'];

const narrowLine = fc.array(fc.oneof({weight: 6, arbitrary: fc.constantFrom(...narrow)}, {weight: 2, arbitrary: fc.constantFrom(...sgr)}), {maxLength: 50}).map(parts => parts.join(''));
const anyLine = fc.array(fc.oneof(
	{weight: 6, arbitrary: fc.constantFrom(...narrow)},
	{weight: 2, arbitrary: fc.constantFrom(...sgr)},
	{weight: 1, arbitrary: fc.constantFrom(...notSgr, ...other)},
), {maxLength: 50}).map(parts => parts.join(''));

const reference = (line: string) => tokenizer.styledCharsFromTokens(tokenizer.tokenize(line));

describe('styled characters of a line', () => {
	it('are the tokenizer\'s, for narrow and for any other text', () => {
		const codeTokens = new Map();
		fc.assert(fc.property(fc.oneof(narrowLine, anyLine), line => {
			const chars = styledCharsOf(line, tokenizer, codeTokens);
			expect(chars).toEqual(reference(line));
			// Marked narrow only when every character is one cell wide, as Ink's Output measures it.
			if (narrowStyledChars.has(chars)) expect(chars.every(char => !char.fullWidth && stringWidth(char.value) === 1)).toBe(true);
		}), {numRuns: 2000});
	});

	it('share one styles array between neighbours of the same style, in narrow text', () => {
		const chars = styledCharsOf('\u001B[1mBold text\u001B[22m plain', tokenizer, new Map());
		expect(chars[0]!.styles).toBe(chars[8]!.styles);
		expect(chars[9]!.styles).toBe(chars[14]!.styles);
		expect(chars[0]!.styles).not.toBe(chars[9]!.styles);
	});
});

describe('a row of styled characters as a string', () => {
	it('is what the tokenizer\'s styledCharsToString makes of it, also for pieces laid side by side', () => {
		const codeTokens = new Map();
		const blank: StyledChar = {type: 'char', value: ' ', fullWidth: false, styles: []};
		fc.assert(fc.property(fc.array(fc.tuple(fc.nat(3), fc.oneof(narrowLine, anyLine)), {maxLength: 4}), pieces => {
			const row: StyledChar[] = [];
			for (const [gap, line] of pieces) {
				row.push(...Array.from({length: gap}, () => blank), ...styledCharsOf(line, tokenizer, codeTokens));
			}

			expect(styledCharsString(row, tokenizer)).toBe(styledCharsToString(row));
		}), {numRuns: 2000});
	});
});
