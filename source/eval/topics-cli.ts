#!/usr/bin/env node
// `npm run eval:topics [--verbose] [--part=dev|test] [--dir=DIR]`: the topic matcher against the hand-labelled gold.

import {evaluateTopicsPart, type TopicsGoldPart, type TopicsPartResult} from './topics-run.js';
import type {TopicsScore} from './topics-score.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const partArg = args.find((arg) => arg.startsWith('--part='))?.slice('--part='.length);
const dirArg = args.find((arg) => arg.startsWith('--dir='))?.slice('--dir='.length);
const unknownArgs = args.filter((arg) => !['--verbose', '-v'].includes(arg) && !arg.startsWith('--part=') && !arg.startsWith('--dir='));
if (unknownArgs.length > 0 || (partArg !== undefined && partArg !== 'dev' && partArg !== 'test')) {
	console.error('usage: eval:topics [--verbose] [--part=dev|test] [--dir=DIR]');
	process.exit(2);
}
const parts: TopicsGoldPart[] = partArg ? [partArg as TopicsGoldPart] : ['dev', 'test'];

const pct = (value: number) => (value * 100).toFixed(1).padStart(5);

function table(score: TopicsScore): string[] {
	const lines = [`  ${'topic'.padEnd(24)} gold  tp  fp  fn      P      R     F1`];
	for (const topic of score.perTopic) {
		const empty = topic.truePositives + topic.falsePositives + topic.falseNegatives === 0;
		const cells = empty ? '      –      –      –' : `  ${pct(topic.precision)}  ${pct(topic.recall)}  ${pct(topic.f1)}`;
		lines.push(`  ${topic.name.padEnd(24)} ${String(topic.support).padStart(4)} ${String(topic.truePositives).padStart(3)} ${String(topic.falsePositives).padStart(3)} ${String(topic.falseNegatives).padStart(3)}${cells}`);
	}
	return lines;
}

function summary(label: string, score: TopicsScore): string {
	const {micro, macro, none} = score;
	return (
		`  ${label.padEnd(16)} ${String(score.articles).padStart(3)} articles  micro P ${pct(micro.precision)} R ${pct(micro.recall)} F1 ${pct(micro.f1)}` +
		`  | macro (${macro.topics} topics) P ${pct(macro.precision)} R ${pct(macro.recall)} F1 ${pct(macro.f1)}` +
		`  | none: accuracy ${pct(none.accuracy)} (${none.agreed}/${none.gold}), precision ${pct(none.precision)} (${none.agreed}/${none.predicted})` +
		`  | exact ${pct(score.exactMatches / Math.max(1, score.articles))}`
	);
}

function errors(result: TopicsPartResult): string[] {
	const lines: string[] = [];
	for (const {record, predicted, scores} of result.records) {
		const missed = record.topics.filter((name) => !predicted.includes(name));
		const extra = predicted.filter((name) => !record.topics.includes(name));
		if (missed.length === 0 && extra.length === 0) continue;
		const scoreText = scores.map((entry) => `${entry.name} ${entry.score}`).join(', ') || 'no score';
		lines.push(
			`  [${record.outlet} ${record.language}${record.note === 'doubtful' ? ' doubtful' : ''}] ${record.title.slice(0, 100)}`,
			`      gold ${record.topics.join(' + ') || 'none'}; got ${predicted.join(' + ') || 'none'}` +
				`${missed.length > 0 ? `; MISSED ${missed.join(', ')}` : ''}${extra.length > 0 ? `; EXTRA ${extra.join(', ')}` : ''}  (${scoreText})`,
		);
	}
	return lines;
}

for (const part of parts) {
	const result = evaluateTopicsPart(part, dirArg ? {dir: dirArg} : {});
	console.log(`${part.toUpperCase()} (${result.records.length} articles)`);
	console.log(table(result.all).join('\n'));
	console.log(summary('all', result.all));
	console.log(summary('without doubtful', result.certain));
	if (verbose) {
		console.log(`  errors:`);
		console.log(errors(result).join('\n'));
	}
	console.log('');
}
