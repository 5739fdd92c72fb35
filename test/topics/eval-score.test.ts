// The topic evaluation's scoring on hand-made cases whose figures are worked out by hand.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readTopicsGold} from '../../source/eval/topics-gold.js';
import {evaluateTopicsPart} from '../../source/eval/topics-run.js';
import {figures, scoreTopicCases} from '../../source/eval/topics-score.js';

describe('topic evaluation scoring', () => {
	const cases = [
		{gold: ['A', 'B'], predicted: ['A']},
		{gold: [], predicted: []},
		{gold: [], predicted: ['C']},
		{gold: ['C'], predicted: ['C', 'A']},
	];
	const score = scoreTopicCases(cases, ['A', 'B', 'C', 'D']);
	const topic = (name: string) => score.perTopic.find((entry) => entry.name === name)!;

	it('counts true and false positives and misses per topic', () => {
		expect(topic('A')).toMatchObject({truePositives: 1, falsePositives: 1, falseNegatives: 0, support: 1, precision: 0.5, recall: 1});
		expect(topic('A').f1).toBeCloseTo(2 / 3, 10);
		expect(topic('B')).toMatchObject({truePositives: 0, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0, f1: 0});
		expect(topic('C')).toMatchObject({truePositives: 1, falsePositives: 1, falseNegatives: 0});
		expect(topic('D')).toMatchObject({truePositives: 0, falsePositives: 0, falseNegatives: 0, support: 0});
	});

	it('sums over topics for micro figures and averages only the topics that occur for macro', () => {
		expect(score.micro).toMatchObject({truePositives: 2, falsePositives: 2, falseNegatives: 1, precision: 0.5});
		expect(score.micro.recall).toBeCloseTo(2 / 3, 10);
		expect(score.micro.f1).toBeCloseTo(4 / 7, 10);
		expect(score.macro.topics).toBe(3);
		expect(score.macro.precision).toBeCloseTo(2 / 3, 10);
		expect(score.macro.recall).toBeCloseTo(2 / 3, 10);
		expect(score.macro.f1).toBeCloseTo(4 / 9, 10);
	});

	it('scores the "none" answers and exact matches', () => {
		expect(score.none).toEqual({gold: 2, predicted: 1, agreed: 1, accuracy: 0.5, precision: 1});
		expect(score.exactMatches).toBe(1);
		expect(score.articles).toBe(4);
	});

	it('gives an empty side precision or recall 1 and nothing-right F1 0', () => {
		expect(figures(0, 0, 0)).toMatchObject({precision: 1, recall: 1, f1: 1});
		expect(figures(0, 3, 2)).toMatchObject({precision: 0, recall: 0, f1: 0});
	});
});

describe('topic evaluation run', () => {
	it('reads a gold file, runs the matcher with the given topics and rejects unknown topic names', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'topics-gold-'));
		try {
			const record = (title: string, topics: string[], note?: string) =>
				JSON.stringify({feed: 'x.rss', itemId: title, url: '', outlet: 'x', language: 'de', title, summary: '', content: '', topics, ...(note ? {note} : {})});
			writeFileSync(
				path.join(dir, 'dev.jsonl'),
				[record('Vulkan auf Island bricht aus', ['Vulkane']), record('Wetter bleibt mild', []), record('Regen und Vulkan', ['Wetter'], 'doubtful')].join('\n') + '\n',
			);
			const topics = [
				{name: 'Vulkane', terms: ['Vulkan']},
				{name: 'Wetter', terms: ['Regen']},
			];
			const result = evaluateTopicsPart('dev', {dir, topics});
			expect(readTopicsGold(path.join(dir, 'dev.jsonl'))).toHaveLength(3);
			// Titles count three times: "Vulkan" in a title scores 3, so does "Regen"; both pass the minimum of 2.
			expect(result.records.map((entry) => entry.predicted)).toEqual([['Vulkane'], [], ['Vulkane', 'Wetter']]);
			expect(result.all.micro).toMatchObject({truePositives: 2, falsePositives: 1, falseNegatives: 0});
			expect(result.certain.articles).toBe(2);
			expect(result.certain.micro).toMatchObject({truePositives: 1, falsePositives: 0, falseNegatives: 0});
			writeFileSync(path.join(dir, 'test.jsonl'), record('Vulkan', ['Erdbeben']) + '\n');
			expect(() => evaluateTopicsPart('test', {dir, topics})).toThrow(/unknown topics: Erdbeben/);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});
});
