import {beforeAll, describe, expect, it} from 'vitest';
import {clusterArticles, StoryClusterer} from '../../source/analysis/stories/cluster.js';
import {articleFeatures} from '../../source/analysis/stories/features.js';
import {withoutOutletSuffix} from '../../source/analysis/stories/outlet-suffix.js';
import {bcubed} from '../../source/eval/bcubed.js';
import {loadClusterCase, type ClusterCase} from '../../source/eval/cluster-cases.js';
import type {Article} from '../../source/model/article.js';
import {devCase, fixtureArticles} from './feed-files.js';

let dev: ClusterCase;
let googleNews: Article[];
let tagesschau: Article[];
beforeAll(async () => {
	dev = await loadClusterCase(devCase);
	googleNews = await fixtureArticles('googlenews-top-2022-07-28.rss');
	tagesschau = await fixtureArticles('tagesschau-2021-02-18.rss');
});

const storyOf = (groups: string[][], uid: string) => groups.findIndex((group) => group.includes(uid));
const together = (groups: string[][], a: Article, b: Article) => storyOf(groups, a.uid) === storyOf(groups, b.uid);
const windowMs = 48 * 3_600_000;

/** Each Google News item and the dev report with its headline (the outlet's own), where there is one within the window. */
function copies(): Array<[Article, Article]> {
	const pairs: Array<[Article, Article]> = [];
	for (const copy of googleNews) {
		const headline = withoutOutletSuffix(copy.title, {feedTitle: copy.feedTitle, url: copy.url, body: copy.content || copy.summary});
		const own = dev.articles.find((article) => article.title.trim() === headline);
		if (own && Math.abs(Date.parse(own.published) - Date.parse(copy.published)) < windowMs) pairs.push([copy, own]);
	}
	return pairs;
}

describe('one report told twice is one story', () => {
	it('puts each Google News copy into its outlet’s story, hours apart, without joining two events (real feeds)', () => {
		const pairs = copies();
		// The copies came up to two days before the outlets' own feeds were read: the time decay alone kept them apart.
		expect(pairs.length).toBeGreaterThanOrEqual(30);
		const groups = clusterArticles([...dev.articles, ...googleNews]);
		const apart = pairs.filter(([copy, own]) => !together(groups, copy, own));
		expect(apart.map(([copy]) => copy.title)).toEqual([]);
		// The copies must not join two events: precision over the gold events does not drop with them among the
		// reports (measured 0.961 → 0.990: the two monkeypox events part). Recall does, a little (0.963 → 0.944):
		// a report merged with its copy first holds with the mean of both to its event's other reports, and
		// the aggregator's copy, hours away, counts little there.
		const predictedOf = (clusters: string[][]) => new Map(clusters.flatMap((group, index) => group.map((uid) => [uid, String(index)] as const)));
		const alone = bcubed(dev.gold, predictedOf(clusterArticles(dev.articles)));
		const withCopies = bcubed(dev.gold, predictedOf(groups));
		expect(withCopies.precision).toBeGreaterThanOrEqual(alone.precision);
		expect(withCopies.f1).toBeGreaterThanOrEqual(alone.f1 - 0.01);
	});

	it('joins the copies when they arrive in different refreshes, and keeps them joined through a saved state', () => {
		const inputs = [...dev.articles, ...googleNews].map((article) => ({id: article.uid, feed: article.feedUrl, time: Date.parse(article.published), features: articleFeatures(article)}));
		const partition = (groups: string[][]) => groups.map((group) => [...group].sort().join(' ')).sort();
		const batch = new StoryClusterer();
		batch.add(inputs);
		const incremental = new StoryClusterer();
		// In time order the copies (the evening before) arrive refreshes before the outlets' own reports.
		const byTime = [...inputs].sort((a, b) => a.time - b.time);
		for (let start = 0; start < byTime.length; start += 40) incremental.add(byTime.slice(start, start + 40));
		const groups = incremental.clusters();
		expect(copies().filter(([copy, own]) => !together(groups, copy, own))).toEqual([]);
		// Up to idf drift the same stories as the batch (measured: one borderline report of 208 placed otherwise).
		const same = new Set(partition(batch.clusters()));
		const placedAlike = groups.filter((group) => same.has([...group].sort().join(' '))).reduce((sum, group) => sum + group.length, 0);
		expect(placedAlike / inputs.length).toBeGreaterThanOrEqual(0.95);
		const restored = StoryClusterer.fromState(structuredClone(batch.toState()));
		expect(partition(restored.clusters())).toEqual(partition(batch.clusters()));
	});

	it('joins one German article listed in two feeds (same address) and one re-published under a new id', () => {
		const source = tagesschau.find((article) => article.title.startsWith('NASA-Rover'))!;
		// The other feed lists it the next morning: too late for the time decay, not for the address.
		const inland: Article = {
			...source,
			uid: 'inland-copy',
			itemId: 'inland-copy',
			feedUrl: 'https://www.tagesschau.de/inland/index~rss2.xml',
			feedTitle: 'tagesschau.de - Inland',
			published: new Date(Date.parse(source.published) + 20 * 3_600_000).toISOString(),
		};
		// The same report again ten hours later under a new guid, its teaser reworded and the address with a tracking parameter.
		const again: Article = {
			...source,
			uid: 'republished',
			itemId: 'republished',
			url: `${source.url}?utm_source=rss`,
			summary: 'Der NASA-Rover ist sicher auf dem Mars gelandet.',
			content: 'Der NASA-Rover ist sicher auf dem Mars gelandet.',
			published: new Date(Date.parse(source.published) + 10 * 3_600_000).toISOString(),
		};
		// The briefing's reports of the same day as company: the copies must find each other among them.
		const groups = clusterArticles([...tagesschau, inland, again]);
		expect(together(groups, source, inland)).toBe(true);
		expect(together(groups, source, again)).toBe(true);
	});

	it('keeps a rubric apart whose headline recurs the next day over new text, and items that all link to the front page', () => {
		const [first, second] = tagesschau.filter((article) => article.content.length > 200);
		const rubric = 'Coronavirus in Deutschland: Die wichtigsten Entwicklungen im Überblick';
		const today: Article = {...first!, title: rubric};
		const tomorrow: Article = {...second!, title: rubric, published: new Date(Date.parse(first!.published) + 24 * 3_600_000).toISOString()};
		expect(together(clusterArticles([today, tomorrow]), today, tomorrow)).toBe(false);
		// Within hours the same headline over the same text is one report.
		const later: Article = {...first!, uid: 'later', itemId: 'later', title: rubric, published: new Date(Date.parse(first!.published) + 2 * 3_600_000).toISOString()};
		expect(together(clusterArticles([today, later]), today, later)).toBe(true);
		// A feed that links every item to its front page says nothing about which items are one report.
		const front = tagesschau.slice(0, 12).map((article) => ({...article, url: 'https://www.tagesschau.de/'}));
		const separate = clusterArticles(tagesschau.slice(0, 12));
		expect(clusterArticles(front).length).toBe(separate.length);
	});

	it('never makes short recurring headlines one report ("Die Lage am Morgen"), while a long one is, a day apart across feeds', () => {
		const [first, second] = tagesschau.filter((article) => article.content.length > 200);
		const apart = (title: string) => {
			const a: Article = {...first!, title};
			// Another outlet, 20 hours later, over other text: only the headline is shared.
			const b: Article = {...second!, title, feedUrl: 'https://www.zdf.de/rss/zdf/nachrichten', feedTitle: 'ZDFheute', url: 'https://www.zdf.de/nachrichten/a-1.html', published: new Date(Date.parse(first!.published) + 20 * 3_600_000).toISOString()};
			return !together(clusterArticles([a, b]), a, b);
		};
		expect(apart('Die Lage am Morgen')).toBe(true);
		expect(apart('NASA-Rover "Perseverance" gelingt Landung im Jezero-Krater auf dem Mars')).toBe(false);
	});
});
