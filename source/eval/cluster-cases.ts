// Loads one clusters-dev style evaluation case: its feeds as articles, and the gold event of each.

import {existsSync, readdirSync} from 'node:fs';
import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseFeedText} from '../feeds/parse.js';
import {readFeedFile} from '../feeds/decode.js';
import type {Article} from '../model/article.js';
import {defaultSettings} from '../model/feed.js';

export interface ClusterCase {
	name: string;
	articles: Article[];
	/** Article uid → gold cluster. Articles the gold file does not list are left out of scoring. */
	gold: Map<string, string>;
}

interface GoldEntry {
	title: string;
	outlet: string;
	cluster: number | string;
}

const normalizeTitle = (title: string) => title.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Reads every RSS/Atom file of a directory into articles, through the app's own feed parser. */
export async function readCaseFeeds(feedDir: string): Promise<Article[]> {
	const files = (await readdir(feedDir)).filter((file) => /\.(xml|rss|atom|rdf)$/i.test(file)).sort();
	const articles: Article[] = [];
	for (const file of files) {
		const fullPath = path.join(feedDir, file);
		const parsed = await parseFeedText(await readFeedFile(fullPath), {
			feedUrl: pathToFileURL(fullPath).href,
			// The fetch time only stands in for missing dates; the parser distrusts dates after it.
			fetchedAt: new Date().toISOString(),
			settings: defaultSettings,
		});
		articles.push(...parsed.articles);
	}
	return articles;
}

export async function loadClusterCase(dir: string): Promise<ClusterCase> {
	const goldEntries = JSON.parse(await readFile(path.join(dir, 'gold.json'), 'utf8')) as GoldEntry[];
	const articles = await readCaseFeeds(path.join(dir, 'feeds'));
	const byKey = new Map<string, string>();
	for (const entry of goldEntries) byKey.set(`${normalizeTitle(entry.outlet)}\u0000${normalizeTitle(entry.title)}`, String(entry.cluster));
	const byTitle = new Map<string, string>();
	for (const entry of goldEntries) byTitle.set(normalizeTitle(entry.title), String(entry.cluster));
	const gold = new Map<string, string>();
	for (const article of articles) {
		const cluster =
			byKey.get(`${normalizeTitle(article.feedTitle)}\u0000${normalizeTitle(article.title)}`) ??
			byTitle.get(normalizeTitle(article.title));
		if (cluster !== undefined) gold.set(article.uid, cluster);
	}
	return {name: path.basename(dir), articles, gold};
}

/** Case directories: DIR itself when it holds gold.json, else its subdirectories that do. */
export async function caseDirs(dir: string): Promise<string[]> {
	if (existsSync(path.join(dir, 'gold.json'))) return [dir];
	const entries = await readdir(dir, {withFileTypes: true});
	return entries
		.filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'gold.json')))
		.map((entry) => path.join(dir, entry.name))
		.sort();
}

/**
 * What `eval:stories` scores without arguments: the shared dev cases (English, ../shared/eval/clusters-dev)
 * and the repository's own cases, test/fixtures/clusters-* (German), so neither language is tuned alone.
 */
export function defaultClusterBases(repoRoot: string): string[] {
	const fixtures = path.join(repoRoot, 'test', 'fixtures');
	const own = existsSync(fixtures) ? readdirSync(fixtures).filter((name) => name.startsWith('clusters-')).sort() : [];
	return [path.resolve(repoRoot, '..', 'shared', 'eval', 'clusters-dev'), ...own.map((name) => path.join(fixtures, name))].filter((dir) => existsSync(dir));
}
