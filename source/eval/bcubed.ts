// B-cubed precision, recall and F1 of a clustering against gold clusters.

export interface BCubedScore {
	precision: number;
	recall: number;
	f1: number;
	items: number;
}

/**
 * B-cubed (Bagga & Baldwin 1998): for each item, precision is the share of its predicted cluster that
 * shares its gold cluster, recall the share of its gold cluster that shares its predicted cluster;
 * both averaged over items. Items missing from `predicted` count as singletons.
 */
export function bcubed(gold: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): BCubedScore {
	const items = [...gold.keys()];
	const predictedOf = (item: string) => predicted.get(item) ?? `singleton:${item}`;
	const goldGroups = new Map<string, string[]>();
	const predictedGroups = new Map<string, string[]>();
	for (const item of items) {
		const g = gold.get(item)!;
		const p = predictedOf(item);
		goldGroups.set(g, [...(goldGroups.get(g) ?? []), item]);
		predictedGroups.set(p, [...(predictedGroups.get(p) ?? []), item]);
	}
	let precision = 0;
	let recall = 0;
	for (const item of items) {
		const g = gold.get(item)!;
		const p = predictedOf(item);
		const sameP = predictedGroups.get(p)!;
		const sameG = goldGroups.get(g)!;
		const both = sameP.filter((other) => gold.get(other) === g).length;
		precision += both / sameP.length;
		recall += both / sameG.length;
	}
	const n = items.length || 1;
	precision /= n;
	recall /= n;
	const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
	return {precision, recall, f1, items: items.length};
}
