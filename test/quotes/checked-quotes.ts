// Test helpers: the quotes the engine finds in a text, each checked to be the text at its offsets.

import {expect} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import type {Quote} from '../../source/model/quote.js';

export function quotes(text: string, language: 'de' | 'en'): Quote[] {
	const result = analyzeQuotes(text, {language});
	for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	return result.quotes;
}

export function indirect(text: string, language: 'de' | 'en'): Quote[] {
	return quotes(text, language).filter((quote) => quote.kind === 'indirect');
}

/** The speaker of the first quote whose text holds `fragment`. */
export function speakerOf(list: readonly Quote[], fragment: string): string | undefined {
	return list.find((quote) => quote.text.includes(fragment))?.speaker;
}

/** The speaker the engine gives the first quote of `text` that holds `fragment`. */
export function speakerIn(text: string, language: 'de' | 'en', fragment: string): string | undefined {
	return speakerOf(quotes(text, language), fragment);
}
