#!/usr/bin/env node
// Command line for the speaker ranker: `cv` prints the leave-one-set-out table (rules vs ranker), `train` trains on every opened set and rewrites speaker-model.ts.

import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LinearModel} from '../analysis/learn/linear-model.js';
import {crossValidateSpeakers, loadSpeakerFolds, repositoryRoot, type SpeakerTally, trainSpeakerModel} from './speaker-training.js';

export const speakerModelPath = path.join(repositoryRoot, 'source', 'analysis', 'quotes', 'speaker-model.ts');

/** The model as the TypeScript module the engine imports (a data module: the tsc build and the bundle both carry it). */
export function speakerModelSource(model: LinearModel): string {
	return [
		'// Weights of the learned speaker ranker (speaker-ranker.ts), written by `npm run train:speakers`; do not edit by hand.',
		'',
		"import type {LinearModel} from '../learn/linear-model.js';",
		'',
		`export const speakerModel: LinearModel = ${JSON.stringify(model, null, '\t')};`,
		'',
	].join('\n');
}

const ratio = (right: number, total: number) => (total === 0 ? '  –  ' : (right / total).toFixed(3));

export function cvTable(rows: ReadonlyArray<{name: string; score: SpeakerTally}>): string {
	const out = ['| fold | quoted n | rules | ranker | reachable | indirect n | rules | ranker | reachable |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
	const total = {quoted: {total: 0, rules: 0, ranker: 0, reachable: 0}, indirect: {total: 0, rules: 0, ranker: 0, reachable: 0}};
	const cells = (tally: SpeakerTally) =>
		(['quoted', 'indirect'] as const).map((group) => {
			const counts = tally[group];
			return `${counts.total} | ${ratio(counts.rules, counts.total)} | ${ratio(counts.ranker, counts.total)} | ${ratio(counts.reachable, counts.total)}`;
		});
	for (const row of rows) {
		out.push(`| ${row.name} | ${cells(row.score).join(' | ')} |`);
		for (const group of ['quoted', 'indirect'] as const) {
			for (const key of ['total', 'rules', 'ranker', 'reachable'] as const) total[group][key] += row.score[group][key];
		}
	}
	out.push(`| **all (CV)** | ${cells(total).join(' | ')} |`);
	const better = (group: 'quoted' | 'indirect') => rows.filter((row) => row.score[group].ranker > row.score[group].rules).length;
	const worse = (group: 'quoted' | 'indirect') => rows.filter((row) => row.score[group].ranker < row.score[group].rules).length;
	out.push('', `folds better / worse: quoted ${better('quoted')} / ${worse('quoted')}, indirect ${better('indirect')} / ${worse('indirect')}`);
	return out.join('\n');
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const command = process.argv[2] ?? 'cv';
	const started = performance.now();
	const folds = loadSpeakerFolds();
	const loaded = performance.now();
	if (command === 'train') {
		const model = trainSpeakerModel(folds.flatMap((fold) => fold.items));
		writeFileSync(speakerModelPath, speakerModelSource(model));
		process.stdout.write(`${Object.keys(model.weights).length} weights → ${path.relative(process.cwd(), speakerModelPath)} (data ${(loaded - started).toFixed(0)} ms, training ${(performance.now() - loaded).toFixed(0)} ms)\n`);
	} else {
		process.stdout.write(`${cvTable(crossValidateSpeakers(folds))}\n`);
	}
}
