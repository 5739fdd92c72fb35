import {describe, expect, it} from 'vitest';
import {FeedNameCounts, packedWithoutBoilerplate, stripFeedBoilerplate, withoutBoilerplate} from '../../source/analysis/stories/boilerplate.js';
import {StoryClusterer} from '../../source/analysis/stories/cluster.js';
import {articleFeatures, packFeatures} from '../../source/analysis/stories/features.js';
import {fixtureArticles} from './feed-files.js';

const item = (feed: string, title: string, summary: string) => ({feed, features: articleFeatures({title, summary, content: ''})});

describe('per-feed boilerplate', () => {
	it('drops names an aggregator repeats in many items, and keeps the news', () => {
		const lines = ['Fed raises rates again', 'Qualcomm beats estimates', 'Yankees acquire Benintendi', 'Iraq protesters storm parliament', 'Tony Dow dies at 77', 'Highland Park suspect indicted', 'Sesame Place sued over snub', 'Mega Millions jackpot grows', 'NASA plans Mars sample return', 'Monkeypox vaccine doses shipped', 'Spirit ends Frontier merger', 'Meta raises Quest price'];
		const items = lines.map((line) => item('gnews', line, `${line} in the latest report. Full coverage by CNN and Fox News.`));
		const stripped = stripFeedBoilerplate(items);
		for (const entry of stripped) {
			expect(Object.keys(entry.features).some((feature) => feature.endsWith(':cnn'))).toBe(false);
			expect(Object.keys(entry.features).some((feature) => feature.endsWith(':fox'))).toBe(false);
		}
		expect(Object.keys(stripped[0]!.features)).toContain('w:raise');
		expect(Object.keys(stripped[2]!.features)).toContain('e:benin');
	});

	it('leaves small feeds and rare names alone', () => {
		const small = [item('blog', 'One', 'Said CNN today about the Fed.'), item('blog', 'Two', 'Said CNN again about Qualcomm.')];
		expect(stripFeedBoilerplate(small)).toEqual(small);
	});

	it('strips packed features exactly as the objects they pack, in the same order', async () => {
		// Real feeds whose items repeat their outlet's name: the boilerplate of each is judged over its own items.
		const articles = [...(await fixtureArticles('googlenews-top-2022-07-28.rss')), ...(await fixtureArticles('tagesschau-2021-02-18.rss')), ...(await fixtureArticles('nyt-world-europe-2021-02-27.rss'))];
		expect(articles.length).toBeGreaterThan(60);
		const counts = new FeedNameCounts();
		const features = articles.map((article) => articleFeatures(article));
		for (const [index, article] of articles.entries()) counts.add(article.feedUrl, Object.keys(features[index]!));
		let stripped = 0;
		for (const [index, article] of articles.entries()) {
			const stems = new Set(counts.boilerplateOf(article.feedUrl));
			const packed = packFeatures(features[index]!);
			const plain = withoutBoilerplate(features[index]!, stems);
			const fromPacked = packedWithoutBoilerplate(packed, stems);
			expect(fromPacked).toEqual(packFeatures(plain));
			// Nothing to strip: the very object comes back, as withoutBoilerplate does.
			expect(fromPacked === packed).toBe(plain === features[index]);
			if (plain !== features[index]) stripped++;
		}
		expect(stripped).toBeGreaterThan(0);
	});

	it('clusters packed features as it clusters the objects', async () => {
		const articles = await fixtureArticles('googlenews-top-2022-07-28.rss');
		const inputs = articles.map((article, index) => ({id: article.uid, time: Date.parse(article.published) || index, feed: article.feedUrl, features: articleFeatures(article)}));
		const plain = new StoryClusterer();
		plain.add(inputs);
		const packed = new StoryClusterer();
		packed.add(inputs.map((input) => ({...input, features: packFeatures(input.features)})));
		expect(packed.clusters()).toEqual(plain.clusters());
		expect(packed.toState()).toEqual(plain.toState());
	});
});

