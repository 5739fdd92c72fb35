import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {clusterArticles, StoryClusterer} from '../../source/analysis/stories/cluster.js';
import {articleFeatures} from '../../source/analysis/stories/features.js';
import {loadClusterCase, type ClusterCase} from '../../source/eval/cluster-cases.js';
import {evaluateStories, overall} from '../../source/eval/stories.js';
import type {Article} from '../../source/model/article.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const devCase = path.resolve(repoRoot, '..', 'shared', 'eval', 'clusters-dev', 'googlenews-en-2022-07-28');

let dev: ClusterCase;
beforeAll(async () => {
	dev = await loadClusterCase(devCase);
});

const byTitle = (start: string) => {
	const article = dev.articles.find((candidate) => candidate.title.startsWith(start));
	if (!article) throw new Error(`no dev article starting "${start}"`);
	return article;
};

const together = (groups: string[][], a: Article, b: Article) => groups.some((group) => group.includes(a.uid) && group.includes(b.uid));

const partition = (groups: string[][]) => groups.map((group) => [...group].sort().join(' ')).sort();

describe('story clustering on the real dev headlines', () => {
	it('reaches B-cubed F1 of at least 0.95 (measured 0.962)', async () => {
		const results = await evaluateStories([devCase]);
		const total = overall(results);
		expect(total.items).toBe(170);
		expect(total.precision).toBeGreaterThanOrEqual(0.95);
		expect(total.recall).toBeGreaterThanOrEqual(0.95);
		expect(total.f1).toBeGreaterThanOrEqual(0.955);
	});

	it('puts different outlets on one event into one story', () => {
		const groups = clusterArticles(dev.articles);
		expect(together(groups, byTitle('Highland Park gunman indicted'), byTitle('Highland Park shooting suspect has been indicted'))).toBe(true);
		expect(together(groups, byTitle('Yankees Acquire Andrew Benintendi'), byTitle('KC Royals trade Andrew Benintendi'))).toBe(true);
		expect(together(groups, byTitle('Spirit and Frontier Airlines throw out'), byTitle('Spirit ends merger agreement'))).toBe(true);
		expect(together(groups, byTitle('Hundreds of protesters storm Iraq parliament'), byTitle('Iraqi protesters break into parliament'))).toBe(true);
	});

	it('keeps two events on one theme apart', () => {
		const groups = clusterArticles(dev.articles);
		// Two space stories on one day: Mars samples vs China's falling rocket; two monkey(pox) stories.
		expect(together(groups, byTitle('China closely tracking debris'), byTitle('NASA details plans to bring back Mars'))).toBe(false);
		expect(together(groups, byTitle('Japanese city alarmed by biting'), byTitle('WHO recommends gay and bisexual men'))).toBe(false);
		expect(together(groups, byTitle('Ford beats expectations'), byTitle('Qualcomm warns of sales hit'))).toBe(false);
	});

	it('joins a German and an English report through shared names and numbers', () => {
		const english = byTitle('Highland Park gunman indicted on 117');
		const german: Article = {
			...english,
			uid: 'de-1',
			feedTitle: 'Tagesschau',
			title: 'Highland Park: Anklage in 117 Punkten gegen mutmaßlichen Schützen',
			language: 'de',
		};
		const other = byTitle('Pixel 7 camera details exposed');
		const groups = clusterArticles([...dev.articles.filter((article) => article.uid !== other.uid), german, other]);
		expect(together(groups, english, german)).toBe(true);
		expect(together(groups, german, other)).toBe(false);
	});

	it('never joins reports further apart than the window', () => {
		const a = byTitle('Highland Park gunman indicted');
		const b = {...byTitle('Highland Park shooting suspect has been indicted'), published: new Date(Date.parse(a.published) + 5 * 86_400_000).toISOString()};
		expect(together(clusterArticles([a, b], {windowHours: 48}), a, b)).toBe(false);
		expect(together(clusterArticles([a, b], {windowHours: 24 * 7, timeScaleHours: 1e6}), a, b)).toBe(true);
	});
});

describe('incremental clustering', () => {
	const inputs = () =>
		dev.articles.map((article) => ({id: article.uid, time: Date.parse(article.published), features: articleFeatures(article)}));

	// Five refreshes of 40 bring 130 of the 170 articles after the first: far more idf drift than the briefing session
	// allows before it re-clusters afresh (5 %). One decision sits on the threshold: "Charles Barkley … Kevin Durant
	// Requested A Trade" joins the Celtics/Durant story in a batch run at a mean similarity of 0.0802 (threshold 0.08)
	// and stays alone at 0.0758 with the similarities computed as the articles came in. So: every other article where
	// the batch run puts it, and no more than one article apart.
	it('gives the batch stories, up to idf drift, when articles arrive in refreshes', () => {
		const batch = new StoryClusterer();
		batch.add(inputs());
		const incremental = new StoryClusterer();
		const all = inputs().sort((a, b) => a.time - b.time);
		for (let start = 0; start < all.length; start += 40) incremental.add(all.slice(start, start + 40));
		const inBatch = batch.clusters();
		const inRefreshes = incremental.clusters();
		expect(inRefreshes.flat()).toHaveLength(170);
		const without = (groups: string[][], id: string) => partition(groups.map((group) => group.filter((member) => member !== id)).filter((group) => group.length > 0));
		const agreeWithout = (id: string) => JSON.stringify(without(inBatch, id)) === JSON.stringify(without(inRefreshes, id));
		const differ = JSON.stringify(partition(inBatch)) !== JSON.stringify(partition(inRefreshes));
		// Equal, or equal once a single article is left out of both.
		expect(!differ || inRefreshes.flat().some((id) => agreeWithout(id))).toBe(true);
	});

	it('gives the same stories when refreshes bring older articles too (feed order, not time order)', () => {
		const batch = new StoryClusterer();
		batch.add(inputs());
		const incremental = new StoryClusterer();
		const all = inputs();
		incremental.add(all.filter((_, index) => index % 3 === 0));
		incremental.add(all.filter((_, index) => index % 3 === 1));
		incremental.add(all.filter((_, index) => index % 3 === 2));
		expect(partition(incremental.clusters())).toEqual(partition(batch.clusters()));
	});

	it('ignores articles it already has', () => {
		const clusterer = new StoryClusterer();
		clusterer.add(inputs());
		const before = partition(clusterer.clusters());
		clusterer.add(inputs().slice(0, 10));
		expect(clusterer.size).toBe(170);
		expect(partition(clusterer.clusters())).toEqual(before);
	});
});
