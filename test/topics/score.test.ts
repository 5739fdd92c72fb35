// The topic score on hand-made topics and texts whose scores are worked out by hand from the rules in match.ts.

import {describe, expect, it} from 'vitest';
import {assignTopics, compileTopics, scoreTopics} from '../../source/analysis/topics/match.js';

const compiled = compileTopics([
	{name: 'Vulkane', terms: ['Vulkan'], entities: ['Etna']},
	{name: 'Wetter', terms: ['Regen']},
]);
const score = (title: string, body: string) => scoreTopics({title, body, language: 'de'}, compiled);

describe('topic score', () => {
	it('counts a title term three times, a name in the title in full and a name in the body half', () => {
		// Title: Vulkan 3 + Etna 3; body: Vulkan 1 + Etna 0.5; Regen twice in the body: 2.
		const scores = score('Vulkan Etna bricht aus', 'Der Vulkan spuckt Lava. Regen kühlt. Regen hilft. Der Etna ruht.');
		expect(scores).toEqual([
			{name: 'Vulkane', score: 7.5},
			{name: 'Wetter', score: 2},
		]);
		// Two body mentions are below the minimum of 3.
		expect(assignTopics(scores)).toEqual(['Vulkane']);
	});

	it('counts a term at most twice in the title', () => {
		expect(score('Vulkan, Vulkan, Vulkan', '')).toEqual([{name: 'Vulkane', score: 6}]);
	});

	it('assigns a second topic with three body mentions when it reaches 0.4 of the best', () => {
		// Vulkane 3 + 4 = 7, Wetter 3 ≥ 0.4 × 7 = 2.8.
		expect(assignTopics(score('Vulkan', 'Vulkan Vulkan Vulkan Vulkan. Regen, Regen, Regen.'))).toEqual(['Vulkane', 'Wetter']);
		// Vulkane 3 + 5 = 8, Wetter 3 < 0.4 × 8 = 3.2.
		expect(assignTopics(score('Vulkan', 'Vulkan Vulkan Vulkan Vulkan Vulkan. Regen, Regen, Regen.'))).toEqual(['Vulkane']);
	});

	it('leaves a text with only passing mentions without a topic', () => {
		expect(assignTopics(score('Ein Ausflug', 'Es gab Regen. Später Regen.'))).toEqual([]);
	});
});
