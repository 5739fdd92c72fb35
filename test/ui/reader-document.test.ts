import {describe, expect, test} from 'vitest';
import type {Story} from '../../source/model/briefing.js';
import {en} from '../../source/i18n/en.js';
import {readerDocument} from '../../source/ui/state/reader-lines.js';
import {storyDocument} from '../../source/ui/state/story-lines.js';
import {lineText} from '../../source/ui/text/line.js';
import {fixtures} from './app-fixture.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';

const now = new Date('2022-07-28T12:00:00.000Z');

describe('reader document', () => {
	test('every quote found in the text is highlighted, on the rows where it stands', async () => {
		const articles = (await fixtures()).flatMap(feed => feed.articles);
		let checked = 0;
		for (const article of articles) {
			const flat = article.content.replace(/\s+/g, ' ');
			// The quote engine's quotes that stand verbatim in the body (the title is not part of the reader's text).
			const quotes = quoteAnalysisOf(article).quotes.map(quote => quote.text).filter(text => text.length >= 3 && flat.includes(text.replace(/\s+/g, ' ')));
			if (quotes.length === 0) {
				continue;
			}

			const document = readerDocument(article, quotes, 60, en, now);
			for (const quote of quotes) {
				const row = document.quoteRows.get(quote);
				expect(row, quote).toBeDefined();
				const highlighted = document.lines.slice(row, row! + 12)
					.flatMap(line => line.filter(segment => segment.token === 'highlight').map(segment => segment.text))
					.join(' ');
				expect(highlighted.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' ').slice(0, 40).trim());
				checked++;
			}

			for (const line of document.lines) {
				expect([...lineText(line)].length).toBeLessThanOrEqual(60);
			}
		}

		expect(checked).toBeGreaterThan(10);
	});

	test('a teaser-only article says how to get the full text', async () => {
		// Without links: the note is then the document's last row (the links' list comes after it).
		const {links: _links, ...article} = (await fixtures())[0]!.articles[0]!;
		const document = readerDocument({...article, content: article.summary}, [], 80, en, now);
		expect(lineText(document.lines.at(-1)!)).toBe(en.labels.teaserOnly);
		const full = readerDocument({...article, content: `${article.summary}\n\nMore text.`}, [], 80, en, now);
		expect(full.lines.map(line => lineText(line))).not.toContain(en.labels.teaserOnly);
		// An item without a link (a ticker, a FeedBurner-style entry): F has nothing to fetch, so the note does not offer it.
		const unlinked = readerDocument({...article, content: article.summary, url: ''}, [], 120, en, now).lines.map(line => lineText(line));
		expect(unlinked.at(-1)).toBe('The feed gives only this teaser, and no link to the full article.');
		expect(unlinked.join(' ')).not.toMatch(/\bF\b/u);
	});

	test('a headline-only article says so and what to do, instead of speaking of a teaser that is not there', async () => {
		const {links: _links, ...article} = (await fixtures())[0]!.articles[0]!;
		const bare = readerDocument({...article, content: '', summary: ''}, [], 120, en, now);
		const texts = bare.lines.map(line => lineText(line));
		expect(texts).not.toContain(en.labels.teaserOnly);
		expect(texts.at(-1)).toBe('The feed gives only the headline. F fetches the text from the page, o opens it in the browser.');
		// On a narrow reader the note wraps instead of being cut.
		const narrow = readerDocument({...article, content: '', summary: ''}, [], 40, en, now).lines.map(line => lineText(line));
		expect(narrow.slice(-3).join(' ').replaceAll(/\s+/gu, ' ').trim()).toBe('The feed gives only the headline. F fetches the text from the page, o opens it in the browser.');
		expect(narrow.every(text => text.length <= 40)).toBe(true);
		const unlinked = readerDocument({...article, content: '', summary: '', url: ''}, [], 120, en, now);
		expect(unlinked.lines.map(line => lineText(line)).at(-1)).toBe('The feed gives only the headline, and no link to the article.');
	});
});

describe('story document', () => {
	test('quotes, the people quoted and reports are the selectable items, in screen order', () => {
		const story: Story = {
			id: 's', headline: 'Headline', summary: 'One.\n\nTwo.', topics: ['World', 'Europe'], outlets: ['A', 'B'],
			articles: [
				{id: 'a1', title: 'First report', url: 'https://a/1', feed: 'A', published: '2022-07-28T08:00:00.000Z'},
				{id: 'b1', title: 'Second report', url: 'https://b/1', feed: 'B', published: '2022-07-28T09:00:00.000Z'},
			],
			quotes: [
				{text: 'We will act now', speaker: 'Ada Lovelace', role: 'Minister', kind: 'direct', articleId: 'a1', outlet: 'A', start: 0, end: 1},
				{text: 'the plan had failed', speaker: 'Bo', role: '', kind: 'indirect', articleId: 'b1', outlet: 'B', start: 0, end: 1},
				{text: 'Das wird dauern', speaker: 'ein Militärexperte', role: 'Militärexperte', kind: 'direct', articleId: 'b1', outlet: 'B', start: 0, end: 1},
			],
			people: [
				{name: 'Ada Lovelace', role: 'Minister', aliases: [], quoteCount: 1},
				{name: 'ein Militärexperte', role: 'Militärexperte', aliases: [], quoteCount: 1},
			],
			firstPublished: '2022-07-28T08:00:00.000Z', lastPublished: '2022-07-28T09:00:00.000Z', score: 2, isNew: false, unread: true,
		};
		const document = storyDocument(story, 80, en, now);
		const text = document.lines.map(line => lineText(line));
		expect(document.items.map(item => item.target)).toEqual([
			{kind: 'quote', uid: 'a1', text: 'We will act now', url: 'https://a/1'},
			{kind: 'quote', uid: 'b1', text: 'the plan had failed', url: 'https://b/1'},
			{kind: 'quote', uid: 'b1', text: 'Das wird dauern', url: 'https://b/1'},
			{kind: 'person', name: 'Ada Lovelace'},
			{kind: 'person', name: 'ein Militärexperte'},
			{kind: 'article', uid: 'a1', url: 'https://a/1'},
			{kind: 'article', uid: 'b1', url: 'https://b/1'},
		]);
		expect(text[document.items[0]!.first]).toBe('Ada Lovelace — Minister — A');
		expect(text[document.items[0]!.first + 1]).toBe('  │ “We will act now”');
		expect(text[document.items[1]!.first]).toBe('Bo — B (indirect)');
		expect(text[document.items[1]!.first + 1]).toBe('  ┆ the plan had failed');
		// A described speaker's role is its own name: said once, in the quote's head and in the people list.
		expect(text[document.items[2]!.first]).toBe('ein Militärexperte — B');
		expect(text).toContain('  Ada Lovelace — Minister (1 quote)');
		expect(text).toContain('  ein Militärexperte (1 quote)');
		expect(text).toContain('Topics: World, Europe');
		expect(text[document.items[3]!.first]).toBe('  Ada Lovelace — Minister (1 quote)');
		expect(text[document.items[4]!.first]).toBe('  ein Militärexperte (1 quote)');
		expect(text.at(document.items[6]!.first)).toContain('B  Second report');
	});
});
