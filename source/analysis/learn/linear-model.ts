// Linear models over named features: a binary logistic classifier and a conditional-logit ranker (pick one candidate of a group), trained deterministically so weights kept as data can be reproduced exactly.

/** Feature values by name; a missing feature counts as 0. Keep values small (flags, logs of distances). */
export type Features = Readonly<Record<string, number>>;

/** Weights kept as JSON data beside the code that builds the features. */
export interface LinearModel {
	readonly bias: number;
	readonly weights: Readonly<Record<string, number>>;
}

export interface BinarySample {
	readonly features: Features;
	readonly label: 0 | 1;
}

/** One decision: the candidates on offer and which of them is right (-1 when none is; such groups teach nothing and are skipped). */
export interface RankingGroup {
	readonly candidates: readonly Features[];
	readonly correct: number;
}

export interface TrainingOptions {
	/** Full passes over the data; full-batch steps keep training independent of sample order. */
	readonly epochs?: number;
	readonly learningRate?: number;
	/** L2 penalty per weight, scaled by the number of samples, so a few dozen articles do not produce extreme weights. */
	readonly l2?: number;
}

const defaults = {epochs: 300, learningRate: 0.5, l2: 0.01};

export function linearScore(model: LinearModel, features: Features): number {
	let sum = model.bias;
	for (const name in features) {
		const weight = model.weights[name];
		if (weight !== undefined) sum += weight * (features[name] ?? 0);
	}
	return sum;
}

export function probability(model: LinearModel, features: Features): number {
	return 1 / (1 + Math.exp(-linearScore(model, features)));
}

/** Index of the highest-scoring candidate; ties go to the earlier one, so candidate order is the tie-breaker. */
export function bestCandidate(model: LinearModel, candidates: readonly Features[]): number {
	let best = -1;
	let bestScore = Number.NEGATIVE_INFINITY;
	for (const [index, candidate] of candidates.entries()) {
		const value = linearScore(model, candidate);
		if (value > bestScore) {
			best = index;
			bestScore = value;
		}
	}
	return best;
}

function featureNames(sets: Iterable<Features>): string[] {
	const names = new Set<string>();
	for (const features of sets) for (const name in features) names.add(name);
	// Sorted so the order of floating-point additions, and with it every weight, does not depend on the data's order.
	return [...names].sort();
}

function roundWeights(bias: number, names: readonly string[], weights: Float64Array): LinearModel {
	// Rounded so weights written as JSON are readable and a retrained model compares equal on another machine.
	const round = (value: number) => Math.round(value * 1e6) / 1e6;
	const kept: Record<string, number> = {};
	for (const [index, name] of names.entries()) {
		const value = round(weights[index] ?? 0);
		if (value !== 0) kept[name] = value;
	}
	return {bias: round(bias), weights: kept};
}

function toVector(names: readonly string[], features: Features): Float64Array {
	const vector = new Float64Array(names.length);
	for (const [index, name] of names.entries()) vector[index] = features[name] ?? 0;
	return vector;
}

/** The non-zero entries of a feature vector: a sentence has a handful of the model's features, not all of them. */
function toSparse(names: readonly string[], features: Features): {indices: Int32Array; values: Float64Array} {
	const indices: number[] = [];
	const values: number[] = [];
	for (const [index, name] of names.entries()) {
		const value = features[name] ?? 0;
		if (value !== 0) {
			indices.push(index);
			values.push(value);
		}
	}
	return {indices: Int32Array.from(indices), values: Float64Array.from(values)};
}

/**
 * Logistic regression by full-batch gradient descent with an L2 penalty. Sums run over each sample's non-zero
 * features in name order, so the weights are the same as summing over every feature (a zero adds nothing).
 */
export function trainBinary(samples: readonly BinarySample[], options: TrainingOptions = {}): LinearModel {
	const {epochs, learningRate, l2} = {...defaults, ...options};
	const names = featureNames(samples.map(sample => sample.features));
	const rows = samples.map(sample => toSparse(names, sample.features));
	const labels = Float64Array.from(samples, sample => sample.label);
	const weights = new Float64Array(names.length);
	let bias = 0;
	const count = Math.max(1, samples.length);
	const gradient = new Float64Array(names.length);
	for (let epoch = 0; epoch < epochs; epoch++) {
		gradient.fill(0);
		let biasGradient = 0;
		for (let row = 0; row < rows.length; row++) {
			const {indices, values} = rows[row]!;
			let sum = bias;
			for (let k = 0; k < indices.length; k++) sum += weights[indices[k]!]! * values[k]!;
			const error = 1 / (1 + Math.exp(-sum)) - labels[row]!;
			biasGradient += error;
			for (let k = 0; k < indices.length; k++) gradient[indices[k]!] = gradient[indices[k]!]! + error * values[k]!;
		}
		bias -= (learningRate * biasGradient) / count;
		for (let index = 0; index < weights.length; index++) {
			weights[index] = weights[index]! - learningRate * ((gradient[index]! / count) + l2 * weights[index]!);
		}
	}
	return roundWeights(bias, names, weights);
}

/**
 * Conditional logit: the probability of a candidate is the softmax of the scores within its group, and training
 * maximises the probability of the correct one. A bias cannot matter within a group, so the model's bias is 0.
 */
export function trainRanker(groups: readonly RankingGroup[], options: TrainingOptions = {}): LinearModel {
	const {epochs, learningRate, l2} = {...defaults, ...options};
	const usable = groups.filter(group => group.correct >= 0 && group.correct < group.candidates.length && group.candidates.length > 1);
	const names = featureNames(usable.flatMap(group => group.candidates));
	const matrices = usable.map(group => group.candidates.map(candidate => toVector(names, candidate)));
	const weights = new Float64Array(names.length);
	const count = Math.max(1, usable.length);
	for (let epoch = 0; epoch < epochs; epoch++) {
		const gradient = new Float64Array(names.length);
		for (const [groupIndex, vectors] of matrices.entries()) {
			const scores = vectors.map(vector => {
				let sum = 0;
				for (let index = 0; index < vector.length; index++) sum += (weights[index] ?? 0) * (vector[index] ?? 0);
				return sum;
			});
			const top = Math.max(...scores);
			const exps = scores.map(value => Math.exp(value - top));
			const total = exps.reduce((sum, value) => sum + value, 0);
			const correct = usable[groupIndex]?.correct ?? 0;
			for (const [candidate, vector] of vectors.entries()) {
				const error = (exps[candidate] ?? 0) / total - (candidate === correct ? 1 : 0);
				for (let index = 0; index < vector.length; index++) gradient[index] = (gradient[index] ?? 0) + error * (vector[index] ?? 0);
			}
		}
		for (let index = 0; index < weights.length; index++) {
			weights[index] = (weights[index] ?? 0) - learningRate * (((gradient[index] ?? 0) / count) + l2 * (weights[index] ?? 0));
		}
	}
	return roundWeights(0, names, weights);
}
