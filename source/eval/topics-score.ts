// Multi-label scoring of topic assignments: per topic, micro and macro precision/recall/F1, and the "none" answers.

export interface TopicCase {
	gold: readonly string[];
	predicted: readonly string[];
}

export interface TopicFigures {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	precision: number;
	recall: number;
	f1: number;
}

export interface TopicsScore {
	articles: number;
	perTopic: Array<{name: string; support: number} & TopicFigures>;
	micro: TopicFigures;
	/** Means over the topics that occur in the gold or the predictions of this set (others have no figure). */
	macro: {precision: number; recall: number; f1: number; topics: number};
	/** Articles with the same topic set as the gold (order ignored). */
	exactMatches: number;
	none: {
		/** Gold "none" articles. */
		gold: number;
		/** Articles the matcher gave no topic. */
		predicted: number;
		/** Both. */
		agreed: number;
		/** agreed / gold: how often a topic-less article stays topic-less. */
		accuracy: number;
		/** agreed / predicted. */
		precision: number;
	};
}

/** Precision and recall of an empty side count as 1 (nothing claimed, nothing missed); F1 of nothing at all is 1. */
export function figures(truePositives: number, falsePositives: number, falseNegatives: number): TopicFigures {
	const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
	const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {truePositives, falsePositives, falseNegatives, precision, recall, f1};
}

export function scoreTopicCases(cases: readonly TopicCase[], topicNames: readonly string[]): TopicsScore {
	const counts = new Map<string, {tp: number; fp: number; fn: number}>(topicNames.map((name) => [name, {tp: 0, fp: 0, fn: 0}]));
	const countOf = (name: string) => {
		let count = counts.get(name);
		if (!count) counts.set(name, (count = {tp: 0, fp: 0, fn: 0}));
		return count;
	};
	let exactMatches = 0;
	const none = {gold: 0, predicted: 0, agreed: 0};
	for (const {gold, predicted} of cases) {
		const goldSet = new Set(gold);
		const predictedSet = new Set(predicted);
		for (const name of predictedSet) {
			if (goldSet.has(name)) countOf(name).tp++;
			else countOf(name).fp++;
		}
		for (const name of goldSet) if (!predictedSet.has(name)) countOf(name).fn++;
		if (goldSet.size === predictedSet.size && [...goldSet].every((name) => predictedSet.has(name))) exactMatches++;
		if (goldSet.size === 0) none.gold++;
		if (predictedSet.size === 0) none.predicted++;
		if (goldSet.size === 0 && predictedSet.size === 0) none.agreed++;
	}
	const perTopic = [...counts.entries()].map(([name, {tp, fp, fn}]) => ({name, support: tp + fn, ...figures(tp, fp, fn)}));
	const sum = (key: 'truePositives' | 'falsePositives' | 'falseNegatives') => perTopic.reduce((total, entry) => total + entry[key], 0);
	const present = perTopic.filter((entry) => entry.truePositives + entry.falsePositives + entry.falseNegatives > 0);
	const mean = (key: 'precision' | 'recall' | 'f1') => (present.length === 0 ? 1 : present.reduce((total, entry) => total + entry[key], 0) / present.length);
	return {
		articles: cases.length,
		perTopic,
		micro: figures(sum('truePositives'), sum('falsePositives'), sum('falseNegatives')),
		macro: {precision: mean('precision'), recall: mean('recall'), f1: mean('f1'), topics: present.length},
		exactMatches,
		none: {...none, accuracy: none.gold === 0 ? 1 : none.agreed / none.gold, precision: none.predicted === 0 ? 1 : none.agreed / none.predicted},
	};
}
