import fc from 'fast-check';
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {asciiShape} from '../../source/ui/text/ascii-shape.js';
import type {Line} from '../../source/ui/text/line.js';

/** What Ink's nested <Text> elements make of a line: each segment wrapped in its own escape codes. */
const styled = (line: Line) => line.map((segment, index) => `\u001B[${31 + (index % 6)}m\u001B[1m${segment.text}\u001B[22m\u001B[39m`).join('');
const printable = /^[\u0020-\u007E]*$/;

describe('ASCII shape of a row', () => {
	const rows: Line[] = [
		[{text: '▸'}, {text: '+Tony Dow, known for playing Wally Cleaver… '}, {text: ' 20 outlets · now '}],
		[{text: ' Science & health  '}, {text: ' 99  99•'}],
		[{text: '漢字のニュース 😀🎉👍🏽 '}, {text: 'e\u0301galité'}, {text: '👩‍👩‍👧‍👦 family'}],
		// A zero-width grapheme has no placeholder: the row is left as it is.
		[{text: 'zero\u200Bwidth'}, {text: '\u200B'}, {text: 'end'}],
		[{text: 'plain ASCII only'}],
	];

	test('is printable ASCII of the same cell width, and restores to exactly the styled real text', () => {
		for (const line of rows) {
			const shape = asciiShape(line);
			if (line.every(segment => printable.test(segment.text)) || line.some(segment => /\u200B/.test(segment.text))) {
				expect(shape).toBeUndefined();
				continue;
			}

			expect(shape).toBeDefined();
			for (const [index, segment] of shape!.line.entries()) {
				expect(segment.text).toMatch(printable);
				expect(segment.text.length).toBe(stringWidth(line[index]!.text));
			}

			expect(shape!.restore(styled(shape!.line))).toBe(styled(line));
		}
	});

	test('restores any text', () => {
		fc.assert(fc.property(fc.array(fc.string({unit: 'grapheme', maxLength: 12}), {minLength: 1, maxLength: 4}), texts => {
			const line = texts.map(text => ({text: text.replace(/[\u0000-\u001F\u007F-\u009F]/g, '')}));
			const shape = asciiShape(line);
			const zeroWidth = line.some(segment => [...new Intl.Segmenter().segment(segment.text)].some(part => stringWidth(part.segment) === 0));
			return shape === undefined ? line.every(segment => printable.test(segment.text)) || zeroWidth : !zeroWidth && shape.restore(styled(shape.line)) === styled(line);
		}));
	});
});
