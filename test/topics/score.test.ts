// The topic score on hand-made topics and texts whose scores are worked out by hand from the rules in match.ts.

import {describe, expect, it} from 'vitest';
import {assignTopics, combineTopicScores, compileTopics, scoreTopics} from '../../source/analysis/topics/match.js';

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
			{name: 'Vulkane', score: 7.5, mentions: 7.5, subject: true},
			// Named in the lead only, and below what the lead needs (3): not a subject of the text.
			{name: 'Wetter', score: Math.SQRT2, mentions: 2, subject: false},
		]);
		// Two body mentions are below the minimum of 3.
		expect(assignTopics(scores)).toEqual(['Vulkane']);
	});

	it('counts a term at most twice in the title', () => {
		expect(score('Vulkan, Vulkan, Vulkan', '')).toEqual([{name: 'Vulkane', score: 6, mentions: 6, subject: true}]);
	});

	it('assigns a second topic with nine body mentions (√9 = 3) when it reaches 0.55 of the best', () => {
		const rain = 'Regen, Regen, Regen, Regen, Regen, Regen, Regen, Regen, Regen.';
		// Vulkane 3 + √4 = 5, Wetter √9 = 3 ≥ 0.55 × 5 = 2.75; first the one with more mentions: Wetter 9 against 3 + 4.
		expect(assignTopics(score('Vulkan', `Vulkan Vulkan Vulkan Vulkan. ${rain}`))).toEqual(['Wetter', 'Vulkane']);
		// Vulkane 3 + √9 = 6, Wetter 3 < 0.55 × 6 = 3.3.
		expect(assignTopics(score('Vulkan', `Vulkan Vulkan Vulkan Vulkan Vulkan Vulkan Vulkan Vulkan Vulkan. ${rain}`))).toEqual(['Vulkane']);
		// Eight body mentions (√8 ≈ 2.83) stay below the minimum of 3.
		expect(assignTopics(score('Ein Ausflug', 'Regen, Regen, Regen, Regen, Regen, Regen, Regen, Regen.'))).toEqual([]);
	});

	it('puts first the topic a text keeps returning to, among the topics it belongs to', () => {
		// Wetter by four different words once each: score 4, mentions 4. Vulkane by one word sixteen times: score √16 = 4
		// (≥ 0.55 × 4, so it belongs), mentions 16 — the subject, though its damped score only ties.
		const broad = compileTopics([
			{name: 'Vulkane', terms: ['Vulkan']},
			{name: 'Wetter', terms: ['Regen', 'Hagel', 'Sturm', 'Nebel']},
		]);
		const body = `${'Der Vulkan. '.repeat(16)}Regen, Hagel, Sturm und Nebel.`;
		const scores = scoreTopics({title: 'Ein Bericht', body, language: 'de'}, broad);
		expect(scores.map((entry) => [entry.name, entry.score, entry.mentions])).toEqual([
			['Vulkane', 4, 16],
			['Wetter', 4, 4],
		]);
		expect(assignTopics(scores)).toEqual(['Vulkane', 'Wetter']);
		// Three times as many weather words: Wetter scores 12 and Vulkane (4 < 0.55 × 12) no longer belongs at all.
		const moreWeather = scoreTopics({title: 'Ein Bericht', body: `${body} ${'Regen, Hagel, Sturm und Nebel. '.repeat(8)}`, language: 'de'}, broad);
		expect(assignTopics(moreWeather)).toEqual(['Wetter']);
	});

	it('orders a story\'s topics by all its reports\' mentions', () => {
		const story = combineTopicScores([
			[{name: 'Wetter', score: 5, mentions: 5}, {name: 'Vulkane', score: 3, mentions: 9}],
			[{name: 'Wetter', score: 1, mentions: 1}, {name: 'Vulkane', score: 2, mentions: 4}],
		]);
		expect(story).toEqual([
			{name: 'Wetter', score: 6, mentions: 6, subject: true},
			{name: 'Vulkane', score: 5, mentions: 13, subject: true},
		]);
		expect(assignTopics(story)).toEqual(['Vulkane', 'Wetter']);
		// Scores stored before mentions existed order by score.
		expect(assignTopics([{name: 'Wetter', score: 6}, {name: 'Vulkane', score: 5}])).toEqual(['Wetter', 'Vulkane']);
	});

	it('leaves a text with only passing mentions without a topic', () => {
		expect(assignTopics(score('Ein Ausflug', 'Es gab Regen. Später Regen.'))).toEqual([]);
	});
});
