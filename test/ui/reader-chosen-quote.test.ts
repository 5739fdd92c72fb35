// The reader opened at a quote marks that quote beside its rows, apart from the article's other quotes (walk 12 #236).

import {afterEach, describe, expect, test} from 'vitest';
import type {Story} from '../../source/model/briefing.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {locate, selectStory, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** A story with two direct quotes from one article, the second long enough to wrap over rows at 80 columns. */
function twoQuotes(story: Story): boolean {
	const index = story.quotes.findIndex((quote, position) => position > 0 && quote.kind === 'direct' && quote.text.length > 150
		&& story.quotes.some((other, at) => at < position && other.articleId === quote.articleId && other.kind === 'direct'));
	return index > 0;
}

describe('the quote the reader was opened at', () => {
	test('has a bar beside each of its rows; the article\'s other quotes, highlighted too, have none', async () => {
		app = await startTestApp({columns: 80, rows: 40});
		const {topicIndex, storyIndex, story} = await locate(app.services, twoQuotes);
		const index = story.quotes.findIndex((quote, position) => position > 0 && quote.kind === 'direct' && quote.text.length > 150
			&& story.quotes.some((other, at) => at < position && other.articleId === quote.articleId && other.kind === 'direct'));
		const chosen = story.quotes[index]!;
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		await app.press(...Array.from({length: index}, () => 'j'), keys.enter);
		const frame = stripAnsi(await app.waitFor('Story › Article'));
		const marked = frame.split('\n').filter(row => row.startsWith('│'));
		expect(marked.length).toBeGreaterThan(1);
		const words = marked.map(row => row.slice(1)).join(' ').replaceAll(/\s+/gu, ' ');
		const quote = chosen.text.replaceAll(/\s+/gu, ' ');
		expect(words).toContain(quote.slice(0, 30));
		expect(words).toContain(quote.slice(-30));
		// No more rows than the quote needs: at most one row of text before and after it on its first and last rows.
		expect(words.length).toBeLessThan(quote.length + 2 * 80);
		// The other quote of the article is on screen, not marked.
		const other = story.quotes.find((candidate, at) => at < index && candidate.articleId === chosen.articleId && candidate.kind === 'direct')!;
		await app.press('g');
		const top = stripAnsi(app.frame());
		const start = other.text.replaceAll(/\s+/gu, ' ').slice(0, 20);
		const row = top.split('\n').find(line => line.includes(start));
		expect(row).toBeDefined();
		expect(row!.startsWith('│')).toBe(false);
	});
});
