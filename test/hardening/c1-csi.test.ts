// An 8-bit CSI (U+009B) goes with its parameters; a Latin-1 '›' (the same code point) keeps the text after it.

import {describe, expect, it} from 'vitest';
import {sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';

const CSI = '\u009B';

describe('8-bit CSI', () => {
	it('removes a C1 CSI sequence whole, parameters and final byte included', () => {
		expect(sanitizeLine(`Zelensky meets NATO leaders ${CSI}31m`)).toBe('Zelensky meets NATO leaders');
		expect(sanitizeText(`${CSI}1;31mred${CSI}0m and ${CSI}2J${CSI}?1049hcleared`)).toBe('red and cleared');
		expect(sanitizeText(`${CSI}38:5:196mcolon form${CSI}!p`)).toBe('colon form!p');
	});

	it('keeps the text after a Latin-1 "›" (U+009B) that starts no complete sequence', () => {
		expect(sanitizeText(`${CSI}Kommentar\u008B: Die Wahl`)).toBe('Kommentar: Die Wahl');
		expect(sanitizeText(`Seite ${CSI}2 Kapitel`)).toBe('Seite 2 Kapitel');
		expect(sanitizeText(`${CSI}2024\u008B war ein Jahr`)).toBe('2024 war ein Jahr');
	});

	it('is idempotent on nested introducers', () => {
		const once = sanitizeText(`${CSI}${CSI}31m${CSI}${CSI}0mx`);
		expect(once).toBe('x');
		expect(sanitizeText(once)).toBe(once);
	});
});
