#!/usr/bin/env node
// Command line for the speaker ranker: `cv` prints the leave-one-set-out table (rules vs ranker), `nested` the same with the training setting chosen inside each fold, `train` trains on every opened set and rewrites speaker-model.ts, `time` measures what the ranker adds per article, `unreachable` lists the quotes whose right speaker is no candidate, `misranked` the quotes a candidate gets right but the cross-validated model ranks wrong; `--without=a,b` leaves out features by name prefix.

import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {bestCandidate, type Features, type LinearModel, linearScore} from '../analysis/learn/linear-model.js';
import {analyzeQuotes} from '../analysis/quotes/analyze.js';
import {openedSets, repositoryRoot} from './opened-sets.js';
import {crossValidateSpeakers, goldArticles, loadSpeakerFolds, nestedCrossValidateSpeakers, type SpeakerItem, type SpeakerTally, trainSpeakerModel} from './speaker-training.js';

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

/**
 * What the ranker adds per article: every opened article analysed with and without it, interleaved in one process
 * (so load and JIT state hit both alike), CPU time per call; medians over the rounds of the per-article differences.
 */
export function rankerCost(rounds = 30): {articles: number; withoutMs: number; withMs: number; addedMs: number} {
	const articles = openedSets.flatMap((fold) => goldArticles(fold.folder));
	const cpu = (run: () => void) => {
		const start = process.cpuUsage();
		run();
		const used = process.cpuUsage(start);
		return (used.user + used.system) / 1000;
	};
	const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
	const without: number[] = [];
	const withModel: number[] = [];
	for (let round = 0; round < rounds + 3; round++) {
		const a = cpu(() => {
			for (const article of articles) analyzeQuotes(article.text, {language: article.language, title: article.title, speakerModel: null});
		});
		const b = cpu(() => {
			for (const article of articles) analyzeQuotes(article.text, {language: article.language, title: article.title});
		});
		// The first rounds warm the JIT.
		if (round < 3) continue;
		without.push(a / articles.length);
		withModel.push(b / articles.length);
	}
	const added = median(withModel.map((value, index) => value - (without[index] ?? 0)));
	return {articles: articles.length, withoutMs: median(without), withMs: median(withModel), addedMs: added};
}

function withoutFeatures(item: SpeakerItem, prefixes: readonly string[]): SpeakerItem {
	const kept = (features: Features) => Object.fromEntries(Object.entries(features).filter(([name]) => !prefixes.some((prefix) => name.startsWith(prefix))));
	return {...item, candidates: item.candidates.map(kept)};
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const command = process.argv[2] ?? 'cv';
	const started = performance.now();
	// `--without a,b`: leave out the features whose names start with any of these (to measure what a group of features adds).
	const without = (process.argv.find((arg) => arg.startsWith('--without='))?.slice('--without='.length) ?? '').split(',').filter((prefix) => prefix !== '');
	const folds = loadSpeakerFolds().map((fold) => (without.length === 0 ? fold : {name: fold.name, items: fold.items.map((item) => withoutFeatures(item, without))}));
	const loaded = performance.now();
	if (command === 'train') {
		const model = trainSpeakerModel(folds.flatMap((fold) => fold.items));
		writeFileSync(speakerModelPath, speakerModelSource(model));
		process.stdout.write(`${Object.keys(model.weights).length} weights → ${path.relative(process.cwd(), speakerModelPath)} (data ${(loaded - started).toFixed(0)} ms, training ${(performance.now() - loaded).toFixed(0)} ms)\n`);
	} else if (command === 'nested') {
		process.stdout.write(`${cvTable(nestedCrossValidateSpeakers(folds))}\n`);
	} else if (command === 'unreachable') {
		// The ceiling's misses: quotes whose gold speaker no candidate matches, per set, with what was offered.
		for (const fold of folds) {
			const missed = fold.items.filter((item) => !item.right.includes(true));
			process.stdout.write(`## ${fold.name}: ${missed.length} of ${fold.items.length}\n`);
			for (const item of missed) process.stdout.write(`${item.group}\t${item.document}\tgold «${item.gold}»\toffered ${JSON.stringify(item.offered)}\t${(item.text ?? '').slice(0, 90)}\n`);
		}
	} else if (command === 'misranked') {
		// Under leave-one-set-out: quotes some candidate gets right but the model trained on the other sets ranks wrong.
		for (const fold of folds) {
			const model = trainSpeakerModel(folds.filter((other) => other !== fold).flatMap((other) => other.items));
			for (const item of fold.items) {
				const best = Math.max(0, bestCandidate(model, item.candidates));
				const right = item.right.indexOf(true);
				if (right < 0 || item.right[best]) continue;
				const shown = (index: number) => `${JSON.stringify(item.offered?.[index] ?? '')} ${linearScore(model, item.candidates[index]!).toFixed(2)} ${JSON.stringify(item.candidates[index])}`;
				process.stdout.write(`### ${fold.name} ${item.group} ${item.language} ${item.document}\ngold «${item.gold}» chose ${shown(best)}\n  right ${shown(right)}\n  offered ${JSON.stringify(item.offered)}\n  … ${item.context}\n\n`);
			}
		}
	} else if (command === 'time') {
		const cost = rankerCost();
		process.stdout.write(`${cost.articles} articles, CPU per article: rules ${cost.withoutMs.toFixed(3)} ms, with the ranker ${cost.withMs.toFixed(3)} ms, added ${cost.addedMs.toFixed(3)} ms (median of per-round differences)\n`);
	} else {
		process.stdout.write(`${cvTable(crossValidateSpeakers(folds))}\n`);
	}
}
