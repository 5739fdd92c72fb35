// Real feed files of ../shared/fixtures/feeds as articles, through the app's own parser, for the story tests.

import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {readFeedFile} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import type {Article} from '../../source/model/article.js';
import {defaultSettings} from '../../source/model/feed.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixtureFeeds = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'feeds');
export const devCase = path.resolve(repoRoot, '..', 'shared', 'eval', 'clusters-dev', 'googlenews-en-2022-07-28');

/** The articles of one fixture feed file. */
export async function fixtureArticles(file: string): Promise<Article[]> {
	const fullPath = path.join(fixtureFeeds, file);
	const parsed = await parseFeedText(await readFeedFile(fullPath), {
		feedUrl: pathToFileURL(fullPath).href,
		fetchedAt: '2026-01-01T00:00:00.000Z',
		settings: defaultSettings,
	});
	return parsed.articles;
}
