#!/usr/bin/env node
// Command line for the quote evaluation: scores the engine on gold folders and prints the figures.

import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {evaluateFolder, type FolderScore} from './quotes-run.js';
import {finishScore, type GroupScore, type MatchDetail} from './quotes-score.js';

function percent(value: number): string {
	return value.toFixed(3);
}

function line(label: string, score: GroupScore): string {
	return `  ${label.padEnd(9)} P ${percent(score.precision)}  R ${percent(score.recall)}  F1 ${percent(score.f1)}  speaker ${percent(score.speakerAccuracy)}  (tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives}, speaker ok ${score.speakerRight})`;
}

function overall(score: Record<'quoted' | 'indirect', GroupScore>): GroupScore {
	return finishScore({
		...score.quoted,
		truePositives: score.quoted.truePositives + score.indirect.truePositives,
		falsePositives: score.quoted.falsePositives + score.indirect.falsePositives,
		falseNegatives: score.quoted.falseNegatives + score.indirect.falseNegatives,
		speakerRight: score.quoted.speakerRight + score.indirect.speakerRight,
	});
}

function describe(detail: MatchDetail): string {
	const clip = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
	if (!detail.predicted) return `    MISSED  [${detail.gold!.kind}] ${clip(detail.gold!.text)} — ${detail.gold!.speaker ?? '(nobody)'}`;
	if (!detail.gold) return `    EXTRA   [${detail.predicted.kind}] ${clip(detail.predicted.text)} — ${detail.predicted.speaker || '(nobody)'}`;
	return `    SPEAKER [${detail.gold.kind}] ${clip(detail.gold.text)} — gold ${detail.gold.speaker ?? '(nobody)'}, got ${detail.predicted.speaker || '(nobody)'}`;
}

/**
 * Direct and partial apart (within "quoted", confusing the two is not penalised): precision by predicted
 * kind, recall by gold kind, speaker accuracy over the matches.
 */
function kindLine(kind: 'direct' | 'partial', result: FolderScore): string {
	const details = result.documents.flatMap((document) => document.details.quoted).filter((detail) => detail.gold?.note !== 'doubtful');
	const predicted = details.filter((detail) => detail.predicted?.kind === kind);
	const gold = details.filter((detail) => detail.gold?.kind === kind);
	const precision = predicted.length === 0 ? 1 : predicted.filter((detail) => detail.gold).length / predicted.length;
	const found = gold.filter((detail) => detail.predicted);
	const recall = gold.length === 0 ? 1 : found.length / gold.length;
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	const speaker = found.length === 0 ? 1 : found.filter((detail) => detail.speakerRight).length / found.length;
	return `    ${kind.padEnd(7)} P ${percent(precision)}  R ${percent(recall)}  F1 ${percent(f1)}  speaker ${percent(speaker)}  (gold ${gold.length}, predicted ${predicted.length})`;
}

export function report(results: FolderScore[], verbose: boolean): string {
	const out: string[] = [];
	for (const result of results) {
		out.push(`${result.folder} (${result.documents.length} documents)`);
		if (verbose) {
			for (const document of result.documents) {
				out.push(`  ${document.document}`);
				for (const group of ['quoted', 'indirect'] as const) {
					out.push(`  ${line(group, document.groups[group])}`);
					for (const detail of document.details[group]) {
						if (detail.gold?.note === 'doubtful') continue;
						if (!detail.predicted || !detail.gold || !detail.speakerRight) out.push(describe(detail));
					}
				}
			}
		}
		out.push(line('quoted', result.total.quoted));
		out.push(kindLine('direct', result), kindLine('partial', result));
		out.push(line('indirect', result.total.indirect));
		out.push(line('overall', overall(result.total)));
	}
	return out.join('\n');
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
	const args = process.argv.slice(2);
	const verbose = args.includes('--verbose') || args.includes('-v');
	const folders = args.filter((arg) => !arg.startsWith('-'));
	const chosen = folders.length > 0 ? folders : ['../shared/eval/seed', '../shared/eval/quotes-dev'];
	const results = chosen.map((folder) => evaluateFolder(folder));
	process.stdout.write(`${report(results, verbose)}\n`);
}
