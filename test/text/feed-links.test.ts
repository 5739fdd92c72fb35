// A feed's items keep their links: the bundled snapshots' (tagesschau's "mehr" links), relative ones resolved against
// the item's address, and the text the analysis reads is the text it was before links were kept.

import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {readFeedFile} from '../../source/feeds/decode.js';
import {normalizeFeed, prepareFeed, type ParseFeedOptions} from '../../source/feeds/normalize.js';
import {extractFeed, parseFeedText} from '../../source/feeds/parse.js';
import {defaultSettings} from '../../source/model/feed.js';
import {htmlToTextLayout} from '../../source/text/html-to-text.js';

const snapshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'feeds', 'snapshots');
const options = (feedUrl: string): ParseFeedOptions => ({feedUrl, fetchedAt: '2026-11-25T12:00:00.000Z', settings: defaultSettings});

describe('a feed\'s links', () => {
	it('tagesschau\'s snapshot: each item links its "mehr", placed after the word in the text, which holds no number', async () => {
		const url = `file://${path.join(snapshots, 'tagesschau-2021-02-18.rss')}`;
		const feed = await parseFeedText(await readFeedFile(new URL(url)), options(url));
		const linked = feed.articles.filter(article => article.links && article.links.length > 0);
		expect(linked.length).toBeGreaterThan(5);
		for (const article of linked) {
			for (const link of article.links!) {
				expect(link.url).toMatch(/^https?:\/\/\S+$/u);
				// The list names a link by its first anchor's words; an address linked again (tagesschau's "Meldung bei
				// www.tagesschau.de lesen") is marked after that anchor's own words.
				expect(article.content.slice(link.at[0]! - link.text.length, link.at[0])).toBe(link.text);
				for (const at of link.at) expect(article.content[at - 1]).toMatch(/\S/u);
			}

			expect(article.content).not.toMatch(/\[\d+\]/u);
		}

		const first = linked[0]!;
		expect(first.links![0]).toMatchObject({text: expect.stringMatching(/^mehr/u) as string});
	});

	it('resolves relative links against the item\'s address and drops the others', async () => {
		const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://feed.example/</link>
<item><title>A</title><link>https://www.example.org/politik/artikel-1.html</link><guid>a</guid>
<description>&lt;p&gt;Die &lt;a href="../wirtschaft/b.html"&gt;Reform&lt;/a&gt; kommt. &lt;a href="javascript:void(0)"&gt;Teilen&lt;/a&gt; &lt;a href="mailto:x@example.org"&gt;Mail&lt;/a&gt; &lt;a href="#top"&gt;Oben&lt;/a&gt;&lt;/p&gt;</description></item>
</channel></rss>`;
		const {articles: [article]} = await parseFeedText(rss, options('https://feed.example/rss'));
		expect(article!.links).toEqual([{url: 'https://www.example.org/wirtschaft/b.html', text: 'Reform', at: [10]}]);
		expect(article!.content).toBe('Die Reform kommt. Teilen Mail Oben');
	});

	it('the text is the text without links, and the two-stage normalising gives the same links', async () => {
		const url = `file://${path.join(snapshots, 'guardian-us-politics-2018.rss')}`;
		const text = await readFeedFile(new URL(url));
		const extracted = await extractFeed(text, options(url));
		const once = normalizeFeed(extracted, options(url));
		expect(normalizeFeed(prepareFeed(extracted, options(url)), options(url)).articles).toEqual(once.articles);
		expect(once.articles.some(article => article.links && article.links.length > 0)).toBe(true);
		for (const [index, article] of once.articles.entries()) {
			const item = extracted.items[index]!;
			const html = item.encoded || item.content;
			expect(article.content.startsWith(htmlToTextLayout(html).text.slice(0, 200).trim())).toBe(true);
		}
	});
});
