// Loads real fixture feeds (../shared/fixtures/feeds) into Articles through the project's own parser.

import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {readFeedFile} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import type {Article} from '../../source/model/article.js';

export const fixtureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'fixtures', 'feeds');

/** The folders the article generator (bench/generate-articles.ts) draws from, as the bench does: the fixture feeds and the bundled snapshots. */
export const generatorSources = [fixtureDir, path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'feeds', 'snapshots')];

export const uiFixtureFeeds = [
	'tagesschau-2021-02-18.rss',
	'guardian-us-politics-2018.rss',
	'nyt-world-europe-2021-02-27.rss',
	'googlenews-top-2022-07-28.rss',
	'heise-developer-2016.atom',
	'huffpost-canada.rss',
];

export interface FixtureFeed {
	file: string;
	url: string;
	title: string;
	articles: Article[];
}

export async function loadFixtureFeeds(files: readonly string[] = uiFixtureFeeds): Promise<FixtureFeed[]> {
	const feeds: FixtureFeed[] = [];
	for (const file of files) {
		const url = `https://fixtures.example/${file}`;
		const parsed = await parseFeedText(await readFeedFile(path.join(fixtureDir, file)), {
			feedUrl: url,
			fetchedAt: '2026-01-01T00:00:00.000Z',
			settings: {maxItemsPerFeed: 500, maxArticleChars: 200_000},
		});
		feeds.push({file, url, title: parsed.title, articles: parsed.articles});
	}

	return feeds;
}
