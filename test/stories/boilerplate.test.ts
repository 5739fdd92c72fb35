import {describe, expect, it} from 'vitest';
import {stripFeedBoilerplate} from '../../source/analysis/stories/boilerplate.js';
import {articleFeatures} from '../../source/analysis/stories/features.js';

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
});
