// Resizing while reading (walk 11 #228): the reader kept its row number, so at 60 columns "line 59" showed text from a
// page earlier than what was being read at 80. The words at the top of the screen stay at the top.

import {afterEach, describe, expect, test, vi} from 'vitest';
import {keys, stripAnsi} from '../helpers/render.js';
import {locate, selectStory, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The reader's rows under the header, without the margin, blank rows left out. */
// The bar beside the quote the reader was opened at is no part of the words.
const textRows = (frame: string) => stripAnsi(frame).split('\n').slice(1, -1).map(row => row.replace(/^│/u, '').trim()).filter(Boolean);

describe('the reader and a resize', () => {
	test.each([[100, 60], [60, 100]] as const)('%i → %i columns: the words on top stay on top', async (from, to) => {
		app = await startTestApp({columns: from, rows: 12});
		// A quote deep in a long article: the reader opens scrolled to it.
		const found = await locate(app.services, story => story.quotes.some(quote => (app!.services.articles.get(quote.articleId)?.content.length ?? 0) > 2000
			&& app!.services.articles.get(quote.articleId)!.content.indexOf(quote.text.slice(0, 30)) > 1400));
		const quote = found.story.quotes.find(candidate => (app!.services.articles.get(candidate.articleId)?.content.length ?? 0) > 2000
			&& app!.services.articles.get(candidate.articleId)!.content.indexOf(candidate.text.slice(0, 30)) > 1400)!;
		await selectStory(app, found.topicIndex, found.storyIndex);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		await vi.waitUntil(() => /▸/u.test(app!.frame()));
		// The story's cursor on that quote (the rows marked ▸ name its speaker, or open its text).
		for (let step = 0; step < 40 && !stripAnsi(app.frame()).split('\n').some(row => row.startsWith('▸') && row.includes(quote.text.slice(0, 15))); step++) {
			await app.press('j');
		}

		await app.press(keys.enter);
		await app.waitFor(/line \d+ of \d+/u);
		await app.press('j');
		await app.press('j');
		const before = textRows(await app.waitFor(/line \d+ of \d+/u));
		const top = before[0]!;
		const line = Number(/line (\d+) of/u.exec(stripAnsi(app.frame()))![1]);
		expect(line).toBeGreaterThan(10);
		await app.resize(to, 12);
		await vi.waitUntil(() => textRows(app!.frame()).every(row => row.length <= to), {timeout: 5000, interval: 10});
		// Let the reader settle on its place after the new width.
		await vi.waitUntil(() => textRows(app!.frame()).slice(0, 3).join(' ').includes(top), {timeout: 2000, interval: 10}).catch(() => undefined);
		const after = textRows(app.frame());
		expect(after.slice(0, 3).join(' ')).toContain(top);
	});
});

describe('sameTextRow', () => {
	test('a row of text and a blank row between paragraphs keep their words at another width', async () => {
		const {readerDocument, sameTextRow} = await import('../../source/ui/state/reader-lines.js');
		const {messagesFor} = await import('../../source/i18n/index.js');
		const paragraph = (n: number) => Array.from({length: 40}, (_, index) => `word${n}x${index}`).join(' ');
		const content = [1, 2, 3, 4].map(n => paragraph(n)).join('\n\n');
		const article = {uid: 'a', feedUrl: 'f', feedTitle: 'Feed', title: 'Title', url: 'https://example.org/a', author: '', published: '2022-07-28T10:00:00.000Z', summary: '', content, language: 'en'} as unknown as import('../../source/model/article.js').Article;
		const messages = messagesFor('en');
		const now = new Date('2022-07-28T12:00:00.000Z');
		const wide = readerDocument(article, [], 100, messages, now);
		const narrow = readerDocument(article, [], 50, messages, now);
		const text = (document: typeof wide, row: number) => document.lines[row]!.map(segment => segment.text).join('');
		for (let row = 4; row < wide.lines.length; row++) {
			const mapped = sameTextRow(wide, row, narrow);
			const shown = text(wide, row);
			if (shown === '' && row + 1 === wide.lines.length) {
				// The last row (under the text) stays the last.
				expect(mapped).toBe(narrow.lines.length - 1);
			} else if (shown === '') {
				// Blank between paragraphs: blank in the narrow one too, and the same paragraph follows.
				expect(text(narrow, mapped)).toBe('');
				expect(text(narrow, mapped + 1).split(' ')[0]).toBe(text(wide, row + 1).split(' ')[0]);
			} else {
				expect(text(narrow, mapped).includes(shown.split(' ')[0]!)).toBe(true);
			}
		}
	});
});

describe('useReaderAnchor', () => {
	test('a document rebuilt for another text at the same width (F loads the page) keeps the row number; a new width remaps', async () => {
		const React = await import('react');
		const {Text} = await import('ink');
		const {render} = await import('ink-testing-library');
		const {useReaderAnchor} = await import('../../source/ui/hooks/useReaderAnchor.js');
		const {readerDocument} = await import('../../source/ui/state/reader-lines.js');
		const {messagesFor} = await import('../../source/i18n/index.js');
		type Doc = ReturnType<typeof readerDocument>;
		const messages = messagesFor('en');
		const now = new Date('2022-07-28T12:00:00.000Z');
		const paragraph = (n: number) => Array.from({length: 40}, (_, index) => `word${n}x${index}`).join(' ');
		const article = (content: string) => ({uid: 'a', feedUrl: 'f', feedTitle: 'Feed', title: 'Title', url: 'https://example.org/a', author: '', published: '2022-07-28T10:00:00.000Z', summary: '', content, language: 'en'}) as unknown as import('../../source/model/article.js').Article;
		const teaser = article([1, 2, 3].map(n => paragraph(n)).join('\n\n'));
		// The whole page: short paragraphs first, so the teaser's offsets fall on other rows of it.
		const page = article(['A short opening.', 'Another one.', 'And a third.', ...[9, 8, 7, 1, 2, 3].map(n => paragraph(n))].join('\n\n'));
		const scrolls: number[] = [];
		function Probe({document, width}: {document: Doc; width: number}) {
			useReaderAnchor('a', document, width, 12, 10, action => {
				if (action.type === 'scroll') scrolls.push('delta' in action.movement ? action.movement.delta : 0);
			});
			return React.createElement(Text, null, String(document.lines.length));
		}

		const view = render(React.createElement(Probe, {document: readerDocument(teaser, [], 80, messages, now), width: 80}));
		view.rerender(React.createElement(Probe, {document: readerDocument(page, [], 80, messages, now), width: 80}));
		await new Promise(resolve => setTimeout(resolve, 20));
		expect(scrolls).toEqual([]);
		view.rerender(React.createElement(Probe, {document: readerDocument(page, [], 40, messages, now), width: 40}));
		await new Promise(resolve => setTimeout(resolve, 20));
		expect(scrolls.length).toBe(1);
		view.unmount();
	});
});
