// Linear time on hostile input: 1 MB of quote marks, or of words without punctuation, costs about four times a quarter of it.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes, maxAnalyzedChars} from '../../source/analysis/quotes/analyze.js';
import {findQuoteSpans} from '../../source/analysis/quotes/marks.js';
import {paragraphsOf, sentencesOf, tokensOf} from '../../source/analysis/quotes/text-units.js';

const megabyte = 1024 * 1024;

/** CPU time of the run in ms: on a loaded machine wall time also counts the time other processes held the core. */
function timed(run: () => void): number {
	const start = process.cpuUsage();
	run();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

/*
 * Compared with a quarter of the same input, not with a clock: a time limit fails on a busy machine (CI, other
 * builds) and says nothing about the shape. Linear work costs ~4× for 4× the text, quadratic work 16×; the floor keeps
 * inputs that take a few milliseconds from failing on noise.
 */
function expectNearLinear(run: (text: string) => void, text: string, analysed = text.length): void {
	const quarter = text.slice(0, Math.floor(Math.min(text.length, analysed) / 4));
	const small = timed(() => run(quarter));
	const large = timed(() => run(text));
	expect(large, `${small.toFixed(0)} ms for a quarter, ${large.toFixed(0)} ms for all`).toBeLessThan(Math.max(10 * small, 300));
}

describe('adversarial input', () => {
	// Compile the engine's code paths first, so the timing measures the input, not the JIT.
	analyzeQuotes('Titel\n\n„Test“, sagte der Minister Hans Müller. Es sei gut, fügte er hinzu.', {language: 'de'});

	const inputs: Array<[string, string]> = [
		['opening quotes', '„'.repeat(megabyte)],
		['straight quotes and spaces', '" '.repeat(megabyte / 2)],
		['single marks between words', "a 'b ".repeat(megabyte / 5)],
		['words without punctuation', 'sagte er dass die Lage sei '.repeat(megabyte / 27)],
		['capitalised words', 'Der Minister Hans Peter Müller '.repeat(megabyte / 31)],
		['one line of commas', 'sagte, '.repeat(megabyte / 7)],
	];
	for (const [name, text] of inputs) {
		for (const language of ['de', 'en']) {
			it(`${name} (${language}) in near-linear time`, () => {
				// The engine reads at most maxAnalyzedChars of a text: the quarter is a quarter of that.
				expectNearLinear((part) => analyzeQuotes(part, {language}), text, maxAnalyzedChars);
			});
		}
	}

	for (const [name, text] of inputs) {
		it(`${name}: the text scanners take the whole megabyte in near-linear time`, () => {
			expectNearLinear((part) => {
				findQuoteSpans(part);
				for (const paragraph of paragraphsOf(part)) {
					sentencesOf(part, paragraph, 'de');
					tokensOf(part, paragraph.start, paragraph.end);
				}
			}, text);
		});
	}

	it('analyses up to the article limit, with offsets into the given text', () => {
		const body = 'Die Ministerin Anna Berg kam. „Wir sind bereit“, sagte Berg. '.repeat(Math.ceil((maxAnalyzedChars * 1.5) / 60));
		const text = `Titel\n\n${body}`;
		const result = analyzeQuotes(text, {language: 'de'});
		expect(result.quotes.length).toBeGreaterThan(1000);
		for (const quote of result.quotes) {
			expect(quote.end).toBeLessThanOrEqual(maxAnalyzedChars);
			expect(text.slice(quote.start, quote.end)).toBe(quote.text);
		}
	});

	it('finds no quote in a run of unmatched opening marks', () => {
		expect(findQuoteSpans(`Titel\n\nText ${'„'.repeat(1000)}`)).toHaveLength(0);
	});
});
