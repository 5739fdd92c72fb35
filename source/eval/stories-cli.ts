#!/usr/bin/env node
// `npm run eval:stories [DIR...]`: B-cubed precision, recall and F1 of story clustering on gold event groupings.

import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ClusterOptions} from '../analysis/stories/cluster.js';
import {evaluateStories, overall} from './stories.js';
import {caseDirs, defaultClusterBases} from './cluster-cases.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function parseOptions(args: string[]): {dirs: string[]; options: Partial<ClusterOptions>} {
	const dirs: string[] = [];
	const options: Partial<ClusterOptions> = {};
	for (const arg of args) {
		const match = /^--(threshold|windowHours|entityBoost|numberBoost|timeScaleHours|sameFeedFactor)=(.+)$/.exec(arg);
		if (match) options[match[1] as keyof ClusterOptions] = Number(match[2]);
		else dirs.push(arg);
	}
	return {dirs, options};
}

const percent = (value: number) => (value * 100).toFixed(1).padStart(5);

const {dirs, options} = parseOptions(process.argv.slice(2));
const cases = (await Promise.all((dirs.length > 0 ? dirs : defaultClusterBases(repoRoot)).map((dir) => caseDirs(path.resolve(dir))))).flat();
if (cases.length === 0) {
	console.error('eval:stories: no case directories (with gold.json and feeds/) found');
	process.exit(2);
}
const results = await evaluateStories(cases, options);
console.log('case                                      items  gold  pred      P      R     F1');
for (const result of results) {
	console.log(
		`${result.name.padEnd(40)} ${String(result.items).padStart(6)} ${String(result.goldClusters).padStart(5)} ${String(result.predictedClusters).padStart(5)}  ${percent(result.precision)}  ${percent(result.recall)}  ${percent(result.f1)}`,
	);
}
const total = overall(results);
console.log(`${'overall (B-cubed, micro)'.padEnd(40)} ${String(total.items).padStart(6)}              ${percent(total.precision)}  ${percent(total.recall)}  ${percent(total.f1)}`);
