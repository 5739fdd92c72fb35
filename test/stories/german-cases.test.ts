// The German story-clustering gold cases: complete (every item labelled, every label found) and scored by default.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {defaultClusterBases, loadClusterCase} from '../../source/eval/cluster-cases.js';
import {evaluateStories} from '../../source/eval/stories.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const germanCases = ['clusters-de-2021-05-16-18', 'clusters-de-2022-07-19', 'clusters-de-2023-12-06'].map((name) =>
	path.join(repoRoot, 'test', 'fixtures', name),
);

describe('German story gold cases', () => {
	it('are scored by eval:stories without arguments, beside the English dev case', () => {
		const bases = defaultClusterBases(repoRoot);
		for (const dir of germanCases) expect(bases).toContain(dir);
	});

	it.each(germanCases)('%s labels every item once and every label meets its item', async (dir) => {
		const entries = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Array<{title: string; outlet: string}>;
		const clusterCase = await loadClusterCase(dir);
		expect(clusterCase.articles).toHaveLength(entries.length);
		expect(clusterCase.gold.size).toBe(entries.length);
	});

	it('keep their B-cubed F1 (floors at the figures measured, bench/RESULTS-analysis.md)', async () => {
		// 2021: 0.933 → 0.947 when two reports with more than a headline need two shared stems (8d5f853, walk 9 #207).
		const floors = [0.94, 0.89, 0.78];
		const results = await evaluateStories(germanCases);
		for (const [k, result] of results.entries()) expect(result.f1).toBeGreaterThanOrEqual(floors[k]!);
	});
});
