// The bundled snapshots parse, and the article feeds give back their evaluation texts paragraph for paragraph.

import {readdirSync, readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readFeedFile} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {defaultSettings} from '../../source/model/feed.js';

const snapshotDir = new URL('../../feeds/snapshots/', import.meta.url);
const evalDir = new URL('../../../shared/eval/', import.meta.url);
const feedFiles = readdirSync(snapshotDir).filter((name) => /\.(rss|atom|rdf)$/.test(name));

async function parseSnapshot(name: string) {
	const url = new URL(name, snapshotDir);
	return parseFeedText(await readFeedFile(url), {feedUrl: url.href, fetchedAt: new Date().toISOString(), settings: defaultSettings});
}

const articleFeeds: Array<[string, string]> = [
	['seed-putin-trump-hegseth.rss', 'seed/putin-trump-hegseth.de.txt'],
	['quotes-dev-de-dw.rss', 'quotes-dev/de_DW_V1.txt'],
	['quotes-dev-de-stern.rss', 'quotes-dev/de_Stern_V1.txt'],
	['quotes-dev-de-tagesschau.rss', 'quotes-dev/de_Tagesschau_V1.txt'],
	['quotes-dev-de-zdf.rss', 'quotes-dev/de_ZDF_V1.txt'],
	['quotes-dev-uk-bbc.rss', 'quotes-dev/uk_BBC_V2.txt'],
	['quotes-dev-us-reuters.rss', 'quotes-dev/us_Reuters_V1_1.txt'],
];

describe('bundled snapshots', () => {
	it('are all named in SOURCES.md', () => {
		const sources = readFileSync(new URL('SOURCES.md', snapshotDir), 'utf8');
		for (const name of feedFiles) expect(sources, name).toContain(`| ${name} |`);
		expect(feedFiles.length).toBe(10 + articleFeeds.length);
	});

	it.each(feedFiles)('%s parses into dated, titled articles', async (name) => {
		const feed = await parseSnapshot(name);
		expect(feed.articles.length).toBeGreaterThan(0);
		for (const article of feed.articles) {
			expect(article.title).not.toBe('');
			expect(article.language).not.toBe('und');
			// An undated item would be dated at each load: a placeholder at the top of every offline briefing.
			expect(article.publishedEstimated, article.title).toBe(false);
		}
	});

	it.each(articleFeeds)('%s carries the full text of %s', async (name, textPath) => {
		const [headline, ...paragraphs] = readFileSync(new URL(textPath, evalDir), 'utf8').split('\n').map((line) => line.trim()).filter(Boolean);
		const feed = await parseSnapshot(name);
		expect(feed.articles).toHaveLength(1);
		const article = feed.articles[0]!;
		expect(article.title).toBe(headline);
		expect(article.content).toBe(paragraphs.map((p) => p.replace(/\s+/g, ' ')).join('\n\n'));
		expect(article.summary).toBe(paragraphs[0]);
		expect(article.publishedEstimated).toBe(false);
		expect(article.language).toBe(textPath.includes('/de_') || textPath.includes('.de.') ? 'de' : 'en');
	});
});
