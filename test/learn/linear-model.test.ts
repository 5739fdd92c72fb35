import {describe, expect, it} from 'vitest';
import {bestCandidate, probability, trainBinary, trainRanker, type BinarySample, type RankingGroup} from '../../source/analysis/learn/linear-model.js';
import {leaveOneOut} from '../../source/eval/leave-one-out.js';

// A deterministic pseudo-random source so the data sets are varied but the same on every run.
function lcg(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

function binaryData(seed: number, count: number): BinarySample[] {
	const random = lcg(seed);
	return Array.from({length: count}, () => {
		const signal = random() * 2 - 1;
		const noise = random() * 2 - 1;
		// The label follows `signal`; `noise` carries no information.
		return {features: {signal, noise}, label: signal + (random() - 0.5) * 0.4 > 0 ? 1 : 0} as BinarySample;
	});
}

function rankingData(seed: number, count: number): RankingGroup[] {
	const random = lcg(seed);
	return Array.from({length: count}, () => {
		const size = 2 + Math.floor(random() * 4);
		const correct = Math.floor(random() * size);
		const candidates = Array.from({length: size}, (_, index) => ({
			near: index === correct ? 1 : random() < 0.2 ? 1 : 0,
			distance: index === correct ? random() : random() * 3,
			decoy: random(),
		}));
		return {candidates, correct};
	});
}

describe('trainBinary', () => {
	it('learns the informative feature and separates held-out data', () => {
		const model = trainBinary(binaryData(1, 400));
		expect(model.weights.signal).toBeGreaterThan(2);
		expect(Math.abs(model.weights.noise ?? 0)).toBeLessThan(0.5);
		const test = binaryData(2, 200);
		const right = test.filter(sample => (probability(model, sample.features) > 0.5 ? 1 : 0) === sample.label).length;
		expect(right / test.length).toBeGreaterThan(0.85);
	});

	it('gives the same weights whatever the order of the samples', () => {
		const data = binaryData(3, 150);
		expect(trainBinary([...data].reverse())).toEqual(trainBinary(data));
	});

	it('keeps weights small under a strong penalty', () => {
		const loose = trainBinary(binaryData(4, 200), {l2: 0});
		const tight = trainBinary(binaryData(4, 200), {l2: 1});
		expect(Math.abs(tight.weights.signal ?? 0)).toBeLessThan(Math.abs(loose.weights.signal ?? 0) / 2);
	});
});

describe('trainRanker', () => {
	it('learns to pick the right candidate of unseen groups', () => {
		const model = trainRanker(rankingData(5, 300));
		expect(model.weights.near).toBeGreaterThan(0);
		expect(model.weights.distance).toBeLessThan(0);
		const test = rankingData(6, 200);
		const right = test.filter(group => bestCandidate(model, group.candidates) === group.correct).length;
		expect(right / test.length).toBeGreaterThan(0.7);
	});

	it('skips groups without a right answer or with one candidate', () => {
		const groups = rankingData(7, 100);
		const padded: RankingGroup[] = [...groups, {candidates: [{near: 5}], correct: 0}, {candidates: [{near: 5}, {near: 0}], correct: -1}];
		expect(trainRanker(padded)).toEqual(trainRanker(groups));
	});

	it('breaks ties toward the earlier candidate', () => {
		expect(bestCandidate({bias: 0, weights: {x: 1}}, [{x: 1}, {x: 1}, {x: 0}])).toBe(0);
		expect(bestCandidate({bias: 0, weights: {x: 1}}, [])).toBe(-1);
	});
});

describe('leaveOneOut', () => {
	it('scores each fold with a model that never saw it', () => {
		const seen: string[][] = [];
		const results = leaveOneOut(
			[
				{name: 'a', items: ['a1', 'a2']},
				{name: 'b', items: ['b1']},
				{name: 'c', items: ['c1']},
			],
			items => {
				seen.push([...items]);
				return new Set(items);
			},
			(model, items) => items.filter(item => model.has(item)).length,
		);
		expect(results).toEqual([
			{name: 'a', score: 0},
			{name: 'b', score: 0},
			{name: 'c', score: 0},
		]);
		expect(seen).toEqual([['b1', 'c1'], ['a1', 'a2', 'c1'], ['a1', 'a2', 'b1']]);
	});
});
