// sanitizeText: nothing from a feed may reach the terminal as a command or hide text.

import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';

const ESC = '\u001B';
const dangerous = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

describe('sanitizeText', () => {
	it('removes CSI sequences (colours, cursor moves, clear screen, device status report)', () => {
		expect(sanitizeText(`${ESC}[2J${ESC}[Hred ${ESC}[1;31malert${ESC}[0m ${ESC}[6n${ESC}[?1049h.`)).toBe('red alert .');
	});

	it('removes OSC sequences with BEL or ST terminators, including OSC 52 clipboard writes and hyperlinks', () => {
		expect(sanitizeText(`a${ESC}]52;c;cm0gLXJmIH4=${ESC}\\b`)).toBe('ab');
		expect(sanitizeText(`a${ESC}]0;window title\u0007b`)).toBe('ab');
		expect(sanitizeText(`${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;${ESC}\\`)).toBe('click');
	});

	it('removes DCS, APC, PM and SOS strings, and unterminated ones to the end', () => {
		expect(sanitizeText(`a${ESC}P1$r${ESC}\\b${ESC}_apc${ESC}\\c${ESC}^pm${ESC}\\d${ESC}Xsos${ESC}\\e`)).toBe('abcde');
		expect(sanitizeText(`visible${ESC}]52;c;never-terminated`)).toBe('visible');
	});

	it('removes single ESC sequences and stray ESC', () => {
		expect(sanitizeText(`x${ESC}cy${ESC}(Bz${ESC}7w${ESC}`)).toBe('xyzw');
	});

	it('removes C0 (except \\n and \\t), DEL and C1 controls; turns \\r, NEL and line separators into \\n', () => {
		expect(sanitizeText('a\u0000b\u0007c\u0008d\u007Fe\u0085f\u009Bg\u009D')).toBe('abcde\nfg');
		expect(sanitizeText('one\r\ntwo\rthree\u2028four\tfive')).toBe('one\ntwo\nthree\nfour\tfive');
	});

	it('removes bidi overrides, isolates and zero-width characters', () => {
		expect(sanitizeText('\u202Egnp.exe\u202C \u2066iso\u2069 zero\u200Bwidth\u200D\uFEFF join\u2060ed')).toBe('gnp.exe iso zerowidth joined');
	});

	it('leaves ordinary text in any script alone (and returns the same string)', () => {
		const text = 'Selenskyj sagte: „Wir kämpfen.“ — 中文, العربية, עברית, emoji 🎉, tab\tand\nnewline';
		expect(sanitizeText(text)).toBe(text);
	});

	it('never lets a control, escape or bidi character through, and is idempotent', () => {
		const alphabet = fc.constantFrom(ESC, '[', ']', '\\', '\u0007', '\u009B', '\u202E', '\u200B', '\r', '\n', 'a', ';', '5', '2', 'P', '_', 'c', ' ', 'ü');
		fc.assert(fc.property(fc.array(alphabet, {maxLength: 60}).map((chars) => chars.join('')), (input) => {
			const output = sanitizeText(input);
			expect(output).not.toMatch(dangerous);
			expect(sanitizeText(output)).toBe(output);
		}), {numRuns: 2000});
	});

	it('sanitizeLine makes one line', () => {
		expect(sanitizeLine(`  Title\n with ${ESC}[31mcolour${ESC}[0m\t and\u202E space  `)).toBe('Title with colour and space');
	});
});
