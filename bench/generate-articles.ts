// Makes many varied articles from the real fixture feeds, for benchmarks and scale tests.

import {readdir} from 'node:fs/promises';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseFeedText} from '../source/feeds/parse.js';
import {readFeedFile} from '../source/feeds/decode.js';
import type {Article} from '../source/model/article.js';
import {defaultSettings} from '../source/model/feed.js';
import {splitSentences} from '../source/analysis/summary/sentences.js';

/** Every article of every feed file in the given directories (RSS, Atom, RDF); unreadable files are skipped. */
export async function loadFixtureArticles(dirs: string[]): Promise<Article[]> {
	const articles: Article[] = [];
	for (const dir of dirs) {
		let files: string[];
		try {
			files = (await readdir(dir)).filter((file) => /\.(rss|atom|rdf|xml)$/i.test(file) && !file.startsWith('broken')).sort();
		} catch {
			continue;
		}
		for (const file of files) {
			const full = path.join(dir, file);
			try {
				const parsed = await parseFeedText(await readFeedFile(full), {feedUrl: pathToFileURL(full).href, fetchedAt: '2026-01-01T00:00:00.000Z', settings: defaultSettings});
				articles.push(...parsed.articles.filter((article) => article.title.length > 0));
			} catch {
				// A broken fixture is not a benchmark input.
			}
		}
	}
	return articles;
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same articles. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

export interface GenerateOptions {
	seed?: number;
	/** Where the synthetic timeline ends (ISO). */
	end?: string;
	/** How many days the timeline spans. */
	days?: number;
	/** How many synthetic outlets report. */
	outlets?: number;
}

/**
 * `count` articles made from `sources`: each source item becomes an event that 1–6 outlets report within
 * a few hours, each report with the event's headline (sometimes with a word dropped or an outlet
 * suffix), the event's own sentences in a different order and a sentence taken from another feed's item,
 * at a shifted date on a timeline of `days` days. So the set has real language, real cross-outlet
 * repetition and many distinct events — not one article copied.
 */
export function generateArticles(allSources: Article[], count: number, options: GenerateOptions = {}): Article[] {
	// Headline-only items (aggregator snapshots) have no sentences to vary; they would only make near-copies.
	const withText = allSources.filter((article) => (article.content || article.summary).length >= 80);
	const sources = withText.length > 0 ? withText : allSources;
	if (sources.length === 0) throw new Error('generateArticles needs source articles');
	const next = random(options.seed ?? 1);
	const end = Date.parse(options.end ?? '2026-01-31T12:00:00.000Z');
	const span = (options.days ?? 30) * 86_400_000;
	const outletCount = options.outlets ?? 60;
	const sentencesOf = sources.map((article) => splitSentences(article.content || article.summary, article.language).filter((sentence) => sentence.length > 30));
	const result: Article[] = [];
	let event = 0;
	while (result.length < count) {
		const sourceIndex = event % sources.length;
		const source = sources[sourceIndex]!;
		const round = Math.floor(event / sources.length);
		const eventTime = end - span + Math.floor(next() * span);
		const reports = 1 + Math.floor(next() * next() * 6);
		const own = sentencesOf[sourceIndex]!;
		for (let report = 0; report < reports && result.length < count; report++) {
			const outlet = Math.floor(next() * outletCount);
			const words = source.title.split(' ');
			if (words.length > 6 && next() < 0.4) words.splice(1 + Math.floor(next() * (words.length - 2)), 1);
			const title = words.join(' ') + (round > 0 ? ` (${round})` : '');
			const other = sentencesOf[Math.floor(next() * sources.length)]!;
			const body = [...own].sort(() => next() - 0.5);
			if (other.length > 0) body.push(other[Math.floor(next() * other.length)]!);
			const published = new Date(eventTime + Math.floor(next() * 6 * 3_600_000)).toISOString();
			const uid = `gen-${result.length}`;
			result.push({
				...source,
				uid,
				itemId: uid,
				feedUrl: `https://outlet-${outlet}.bench.invalid/feed`,
				feedTitle: `Outlet ${outlet}`,
				url: `https://outlet-${outlet}.bench.invalid/${uid}`,
				title,
				published,
				publishedEstimated: false,
				summary: body.slice(0, 2).join(' '),
				content: body.join('\n\n'),
				fetchedAt: published,
			});
		}
		event++;
	}
	return result;
}
