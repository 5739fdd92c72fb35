// Scores story clustering against gold event groupings (B-cubed), case by case.

import type {Article} from '../model/article.js';
import {clusterArticles, type ClusterOptions} from '../analysis/stories/cluster.js';
import {bcubed, type BCubedScore} from './bcubed.js';
import {loadClusterCase, type ClusterCase} from './cluster-cases.js';

export interface CaseResult extends BCubedScore {
	name: string;
	predictedClusters: number;
	goldClusters: number;
}

export function scoreCase(
	clusterCase: ClusterCase,
	cluster: (articles: Article[]) => string[][] = (articles) => clusterArticles(articles),
): CaseResult {
	const predicted = new Map<string, string>();
	const groups = cluster(clusterCase.articles);
	for (const [index, group] of groups.entries()) for (const id of group) predicted.set(id, String(index));
	const score = bcubed(clusterCase.gold, predicted);
	return {
		name: clusterCase.name,
		...score,
		predictedClusters: new Set([...clusterCase.gold.keys()].map((id) => predicted.get(id) ?? id)).size,
		goldClusters: new Set(clusterCase.gold.values()).size,
	};
}

export async function evaluateStories(dirs: string[], options: Partial<ClusterOptions> = {}): Promise<CaseResult[]> {
	const results: CaseResult[] = [];
	for (const dir of dirs) {
		const clusterCase = await loadClusterCase(dir);
		results.push(scoreCase(clusterCase, (articles) => clusterArticles(articles, options)));
	}
	return results;
}

/** Micro-average over all items of all cases. */
export function overall(results: CaseResult[]): BCubedScore {
	const items = results.reduce((sum, result) => sum + result.items, 0) || 1;
	const precision = results.reduce((sum, result) => sum + result.precision * result.items, 0) / items;
	const recall = results.reduce((sum, result) => sum + result.recall * result.items, 0) / items;
	const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
	return {precision, recall, f1, items};
}
