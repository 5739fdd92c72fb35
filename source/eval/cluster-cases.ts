// Loads one clusters-dev style evaluation case: its feeds as articles, and the gold event of each.

import {readdir, readFile} from 'node:fs/promises';
import path from 'node:path';
import Parser from 'rss-parser';
import type {Article} from '../model/article.js';

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

function textOf(value: unknown): string {
	return typeof value === 'string' ? value : '';
}

/** Reads every RSS/Atom file of `<dir>/feeds` into articles (one per item). */
export async function readCaseFeeds(feedDir: string): Promise<Article[]> {
	const parser = new Parser({defaultRSS: 2});
	const files = (await readdir(feedDir)).filter((file) => /\.(xml|rss|atom|rdf)$/i.test(file)).sort();
	const articles: Article[] = [];
	for (const file of files) {
		const feed = await parser.parseString(await readFile(path.join(feedDir, file), 'utf8'));
		const feedTitle = textOf(feed.title).trim() || file;
		const feedUrl = `file:${file}`;
		for (const [position, item] of feed.items.entries()) {
			const itemId = textOf(item.guid) || textOf(item.link) || `${file}#${position}`;
			const published = item.isoDate ?? new Date(0).toISOString();
			const summary = textOf(item.contentSnippet);
			const content = textOf(item['content:encodedSnippet']) || summary;
			articles.push({
				uid: `${file}#${position}`,
				itemId,
				feedUrl,
				feedTitle,
				url: textOf(item.link),
				title: textOf(item.title).trim(),
				author: textOf(item.creator),
				published,
				publishedEstimated: !item.isoDate,
				summary,
				content,
				language: 'und',
				fetchedAt: published,
			});
		}
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
