// StoryClusterer.typicality: each article's TF-IDF vector (unit length) against the sum of the asked articles' vectors.

import {describe, expect, it} from 'vitest';
import {StoryClusterer} from '../../source/analysis/stories/cluster.js';
import type {FeatureCounts} from '../../source/analysis/stories/features.js';

function counts(words: string[]): FeatureCounts {
	const features = Object.create(null) as FeatureCounts;
	for (const word of words) features[`w:${word}`] = (features[`w:${word}`] ?? 0) + 1;
	return features;
}

function clusterer(docs: Record<string, string[]>): StoryClusterer {
	const result = new StoryClusterer();
	result.add(Object.entries(docs).map(([id, words], index) => ({id, feed: `https://feed-${id}.example/`, time: index * 60_000, features: counts(words)})));
	return result;
}

describe('typicality of articles among others', () => {
	it('is 1 for an article alone (its vector has unit length) and 0 for an id not clustered', () => {
		const scores = clusterer({a: ['flood', 'town', 'rescue'], b: ['flood', 'river']}).typicality(['a', 'unknown']);
		expect(scores[0]).toBeCloseTo(1, 12);
		expect(scores[1]).toBe(0);
	});

	it('counts each article once per time asked, and an unknown id takes nothing away', () => {
		const c = clusterer({a: ['flood', 'town', 'rescue'], b: ['election', 'vote']});
		const [twice] = c.typicality(['a', 'a']);
		expect(twice).toBeCloseTo(2, 12);
		// No shared feature: each is as typical as alone.
		expect(c.typicality(['a', 'b', 'nobody'])).toEqual([expect.closeTo(1, 12), expect.closeTo(1, 12), 0]);
	});

	it('ranks the article sharing most with the others highest, the off-centre one lowest', () => {
		const c = clusterer({
			a: ['flood', 'town', 'water', 'rescue'],
			b: ['flood', 'town', 'water', 'survivor'],
			c: ['flood', 'town', 'rescue', 'survivor'],
			d: ['insurer', 'claim', 'flood'],
		});
		const [a, b, cc, d] = c.typicality(['a', 'b', 'c', 'd']) as [number, number, number, number];
		expect(Math.min(a, b, cc)).toBeGreaterThan(d);
		// Asked again (the scratch sums are cleared between calls): the same figures.
		expect(c.typicality(['a', 'b', 'c', 'd'])).toEqual([a, b, cc, d]);
	});
});
