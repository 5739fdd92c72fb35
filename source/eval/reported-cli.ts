#!/usr/bin/env node
// Command line for the learned reported-speech detector: `--cv` prints the leave-one-set-out table, otherwise it trains on every opened set and rewrites the model file.

import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {ReportModel} from '../analysis/quotes/reported-detector.js';
import {finishScore, type GroupScore} from './quotes-score.js';
import {openedSetFolders, repositoryRoot} from './opened-sets.js';
import {crossValidate, type CrossValidationRow, type LabelledCandidate, setData, trainReportModel} from './reported-training.js';

export const modelFile = path.join(repositoryRoot, 'source', 'analysis', 'quotes', 'reported-model.json');

/** The model as the committed file holds it: threshold first, weights sorted by name. */
export function modelJson(model: ReportModel): string {
	const weights = Object.fromEntries(Object.entries(model.weights).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	return `${JSON.stringify({threshold: model.threshold, bias: model.bias, weights}, null, '\t')}\n`;
}

const figure = (value: number) => value.toFixed(3);

function sum(scores: readonly GroupScore[]): GroupScore {
	const total = scores.reduce((all, score) => ({...all, truePositives: all.truePositives + score.truePositives, falsePositives: all.falsePositives + score.falsePositives, falseNegatives: all.falseNegatives + score.falseNegatives, speakerRight: all.speakerRight + score.speakerRight}), {truePositives: 0, falsePositives: 0, falseNegatives: 0, speakerRight: 0, precision: 0, recall: 0, f1: 0, speakerAccuracy: 1});
	return finishScore(total);
}

function prf(score: GroupScore): string {
	return `${figure(score.precision)} / ${figure(score.recall)} / ${figure(score.f1)}`;
}

/** The cross-validation as a Markdown table, one row per held-out set and a total (micro) row. */
export function crossValidationTable(rows: readonly CrossValidationRow[]): string {
	const lines = [
		'| held-out set | threshold | indirect P / R / F1, rules | indirect P / R / F1, rules + detector | ΔF1 | indirect speaker, rules → detector | quoted F1, rules → detector |',
		'| --- | --- | --- | --- | --- | --- | --- |',
	];
	for (const row of rows) {
		const delta = row.learned.indirect.f1 - row.rules.indirect.f1;
		lines.push(`| ${path.basename(row.folder)} | ${row.threshold.toFixed(2)} | ${prf(row.rules.indirect)} | ${prf(row.learned.indirect)} | ${delta >= 0 ? '+' : ''}${delta.toFixed(3)} | ${figure(row.rules.indirect.speakerAccuracy)} → ${figure(row.learned.indirect.speakerAccuracy)} | ${figure(row.rules.quoted.f1)} → ${figure(row.learned.quoted.f1)} |`);
	}
	const rules = sum(rows.map((row) => row.rules.indirect));
	const learned = sum(rows.map((row) => row.learned.indirect));
	const quotedRules = sum(rows.map((row) => row.rules.quoted));
	const quotedLearned = sum(rows.map((row) => row.learned.quoted));
	lines.push(`| **total** | | ${prf(rules)} | ${prf(learned)} | ${learned.f1 - rules.f1 >= 0 ? '+' : ''}${(learned.f1 - rules.f1).toFixed(3)} | ${figure(rules.speakerAccuracy)} → ${figure(learned.speakerAccuracy)} | ${figure(quotedRules.f1)} → ${figure(quotedLearned.f1)} |`);
	const wins = rows.filter((row) => row.learned.indirect.f1 > row.rules.indirect.f1 + 1e-9).length;
	const losses = rows.filter((row) => row.learned.indirect.f1 < row.rules.indirect.f1 - 1e-9).length;
	lines.push('', `Sets won ${wins}, lost ${losses}, even ${rows.length - wins - losses}.`);
	return lines.join('\n');
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const sets = openedSetFolders().map((folder) => setData(folder));
	if (process.argv.includes('--cv')) {
		process.stdout.write(`${crossValidationTable(crossValidate(sets))}\n`);
	} else {
		const model = trainReportModel(sets);
		writeFileSync(modelFile, modelJson(model));
		const count = (keep: (candidate: LabelledCandidate) => boolean) => sets.reduce((sum, set) => sum + set.candidates.filter(keep).length, 0);
		process.stdout.write(`${path.relative(repositoryRoot, modelFile)}: ${Object.keys(model.weights).length} weights, threshold ${model.threshold} (trained on ${count(() => true)} sentences, ${count((candidate) => candidate.label === 1)} of them reports; ${count((candidate) => !candidate.reported)} left by the rules, ${count((candidate) => candidate.missed)} of them reports they missed)\n`);
	}
}
