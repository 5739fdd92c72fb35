// The topic score on hand-made topics and texts whose scores are worked out by hand from the rules in match.ts.

import {describe, expect, it} from 'vitest';
import {assignTopics, compileTopics, scoreTopics} from '../../source/analysis/topics/match.js';

const compiled = compileTopics([
	{name: 'Vulkane', terms: ['Vulkan'], entities: ['Etna']},
	{name: 'Wetter', terms: ['Regen']},
]);
const score = (title: string, body: string) => scoreTopics({title, body, language: 'de'}, compiled);

describe('topic score', () => {
	it('counts a title term three times, a name in the title in full and a name in the body half, body mentions by their square root', () => {
		// Title: Vulkan 3 + Etna 3; body: Vulkan √1 + Etna 0.5 × √1; Regen twice in the body: √2.
		const scores = score('Vulkan Etna bricht aus', 'Der Vulkan spuckt Lava. Regen kühlt. Regen hilft. Der Etna ruht.');
		expect(scores).toEqual([
			{name: 'Vulkane', score: 7.5},
			{name: 'Wetter', score: Math.SQRT2},
		]);
		// Two body mentions are below the minimum of 3.
		expect(assignTopics(scores)).toEqual(['Vulkane']);
	});

	it('counts a term at most twice in the title', () => {
		expect(score('Vulkan, Vulkan, Vulkan', '')).toEqual([{name: 'Vulkane', score: 6}]);
	});

	it('assigns a second topic with nine body mentions (√9 = 3) when it reaches 0.55 of the best', () => {
		const rain = 'Regen, Regen, Regen, Regen, Regen, Regen, Regen, Regen, Regen.';
		// Vulkane 3 + √4 = 5, Wetter √9 = 3 ≥ 0.55 × 5 = 2.75.
		expect(assignTopics(score('Vulkan', `Vulkan Vulkan Vulkan Vulkan. ${rain}`))).toEqual(['Vulkane', 'Wetter']);
		// Vulkane 3 + √9 = 6, Wetter 3 < 0.55 × 6 = 3.3.
		expect(assignTopics(score('Vulkan', `Vulkan Vulkan Vulkan Vulkan Vulkan Vulkan Vulkan Vulkan Vulkan. ${rain}`))).toEqual(['Vulkane']);
		// Eight body mentions (√8 ≈ 2.83) stay below the minimum of 3.
		expect(assignTopics(score('Ein Ausflug', 'Regen, Regen, Regen, Regen, Regen, Regen, Regen, Regen.'))).toEqual([]);
	});

	it('leaves a text with only passing mentions without a topic', () => {
		expect(assignTopics(score('Ein Ausflug', 'Es gab Regen. Später Regen.'))).toEqual([]);
	});
});
