import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {sentenceSegments} from '../../source/text/sentence-segments.js';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const segmenters = ['de', 'en'].map((locale) => new Intl.Segmenter(locale, {granularity: 'sentence'}));

/** What the segmenter itself gives for the whole text. */
function direct(segmenter: Intl.Segmenter, text: string) {
	return [...segmenter.segment(text)].map(({segment, index}) => ({segment, index}));
}

describe('sentenceSegments', () => {
	// The one-sentence shortcut must give what the segmenter gives, on text built from the marks that decide breaks.
	it('equals the segmenter on short text of letters, terminators, closing marks and spaces', () => {
		const alphabet = ['a', 'B', 'ß', 'é', ' ', '.', '!', '?', '"', '\'', '»', '«', ')', '(', ']', '1', '\t', '’', '”', '“', '-', ',', ':', '\u00A0', '€', '–', '…', '\r', '。', 'Z'];
		fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), {minLength: 1, maxLength: 16}), (chars) => {
			const text = chars.join('');
			for (const segmenter of segmenters) expect([...sentenceSegments(segmenter, text)]).toEqual(direct(segmenter, text));
		}), {numRuns: 3000});
	});

	it('equals the segmenter on every paragraph of the annotated articles', () => {
		const folder = path.resolve(repoRoot, '..', 'shared', 'eval', 'quotes-dev');
		let paragraphs = 0;
		for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt'))) {
			for (const line of readFileSync(path.join(folder, file), 'utf8').split('\n')) {
				if (line.trim() === '') continue;
				paragraphs++;
				for (const segmenter of segmenters) expect([...sentenceSegments(segmenter, line)]).toEqual(direct(segmenter, line));
			}
		}
		expect(paragraphs).toBeGreaterThan(100);
	});

	it('still cuts a long paragraph in windows and keeps abbreviations to the segmenter', () => {
		const [de] = segmenters;
		expect([...sentenceSegments(de!, 'Er kam. Sie ging.')].map((segment) => segment.segment)).toEqual(['Er kam. ', 'Sie ging.']);
		const long = 'Ein Satz ohne Ende und ohne Punkt '.repeat(400);
		const segments = [...sentenceSegments(de!, long)];
		expect(segments.map((segment) => segment.segment).join('')).toBe(long);
		expect(segments.length).toBeGreaterThan(1);
	});
});
