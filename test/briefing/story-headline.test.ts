// A story's headline: its newest report among those about as typical of it as the most typical one.

import {describe, expect, it} from 'vitest';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import {makeArticle} from '../store/make-article.js';

function report(id: string, hour: number, title: string) {
	const article = makeArticle('https://news.example/feed', id, {title, published: `2026-11-20T${String(hour).padStart(2, '0')}:00:00.000Z`});
	return memberOf(article, Date.parse(article.published), {topics: [], quotes: {people: [], quotes: []}}, '');
}

/**
 * Typicality over word-count vectors of the titles, as the clusterer's over its term vectors stands for a report
 * (StoryClusterer.typicality): each report's vector against the sum of the reports'.
 */
function vectors(members: ReturnType<typeof report>[]) {
	const byId = new Map(members.map((member) => [member.article.uid, new Map(member.article.title.toLowerCase().split(/\W+/u).filter(Boolean).map((word) => [word, 1]))]));
	return (uids: readonly string[]) => {
		const asked = uids.map((uid) => byId.get(uid));
		const centroid = new Map<string, number>();
		for (const vector of asked) vector?.forEach((weight, word) => centroid.set(word, (centroid.get(word) ?? 0) + weight));
		return asked.map((vector) => {
			let score = 0;
			vector?.forEach((weight, word) => {
				score += weight * (centroid.get(word) ?? 0);
			});
			return score;
		});
	};
}

describe('a story\'s headline', () => {
	it('is the newest report\'s when the reports are updates of one another (a developing story)', () => {
		const members = [1, 2, 3, 4].map((n) => report(`m${n}`, 6 + n, `Flooding in Quuxhafen: death toll rises, update ${n}`));
		// Given in any order: the story puts them in time order.
		const {story} = buildStory([members[2]!, members[0]!, members[3]!, members[1]!], vectors(members), {});
		expect(story.headline).toBe('Flooding in Quuxhafen: death toll rises, update 4');
	});

	it('is the newer of two reports', () => {
		const members = [report('a', 8, 'Quuxhafen floods: several dead'), report('b', 11, 'Quuxhafen floods: 40 dead')];
		expect(buildStory(members, vectors(members), {}).story.headline).toBe('Quuxhafen floods: 40 dead');
	});

	it('is never a late report off the story\'s centre (a follow-up on one detail)', () => {
		const members = [
			report('a', 7, 'Quuxhafen floods leave town under water as rescuers search for survivors'),
			report('b', 8, 'Quuxhafen floods: rescuers search for survivors in town under water'),
			report('c', 9, 'Town under water: Quuxhafen floods and the search for survivors'),
			report('d', 12, 'Insurers expect claims after Quuxhafen floods'),
		];
		const {story} = buildStory(members, vectors(members), {});
		expect(story.headline).not.toBe('Insurers expect claims after Quuxhafen floods');
		expect(story.headline).toBe('Town under water: Quuxhafen floods and the search for survivors');
	});
});
