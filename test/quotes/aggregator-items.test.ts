import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

// A Google News item as the feed stores it: its headline credited to an outlet, then the event's headlines of other
// outlets, each run on into the outlet's name (the shape of ../shared/fixtures/feeds/googlenews-top-2022-07-28.rss).
const item = [
	'Russia says it will withdraw from the International Space Station after 2024 - CBS News',
	'Russia says it will withdraw from the International Space Station after 2024 CBS News',
	'Russia tells NASA space station pullout to come after 2028 Reuters',
	'Putin ally says "we will stay until the station works" The Guardian',
	'View Full Coverage on Google News',
].join('\n');

describe('an aggregator item', () => {
	it('yields no reported speech read from headline grammar (an outlet name for its tail), but keeps quotes in marks', () => {
		const {quotes} = analyzeQuotes(item, {language: 'en', title: item.split('\n')[0]!});
		expect(quotes.filter((quote) => quote.kind === 'indirect')).toEqual([]);
		expect(quotes.some((quote) => quote.text === 'we will stay until the station works')).toBe(true);
	});

	it('leaves an article of the same words its report', () => {
		const article = 'Russia leaves the ISS\nRussia says it will withdraw from the International Space Station after 2024, the head of its space agency said on Tuesday.';
		const {quotes} = analyzeQuotes(article, {language: 'en', title: 'Russia leaves the ISS'});
		expect(quotes.some((quote) => quote.kind === 'indirect' && quote.text.includes('withdraw from the International Space Station'))).toBe(true);
	});
});
