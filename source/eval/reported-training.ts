// Training data, training and nested leave-one-set-out cross-validation for the learned reported-speech detector.

import {rulePasses} from '../analysis/quotes/analyze.js';
import {ArticleContext} from '../analysis/quotes/article-context.js';
import {reportCandidates, type ReportModel} from '../analysis/quotes/reported-detector.js';
import {type BinarySample, probability, trainBinary} from '../analysis/learn/linear-model.js';
import {leaveOneOut, type Fold} from './leave-one-out.js';
import {goldDocuments, evaluateFolder, type GoldDocument} from './quotes-run.js';
import {scoreDocument, spanOverlap, type GroupScore} from './quotes-score.js';

export const trainingOptions = {epochs: 1000, learningRate: 1, l2: 0.001};

/** Probabilities tried as the threshold; the one that gives the training folds the best indirect F1 is kept. */
const thresholds = Array.from({length: 15}, (_, index) => Math.round((0.2 + index * 0.05) * 100) / 100);

/**
 * A sentence with its labels. `label`: it is a gold report as a whole (what the detector learns, from every sentence,
 * the rules' finds included: the few reports the rules miss alone teach too little). `missed`: it would add a report
 * the rules did not find (what a threshold is chosen on); `reported`: the rules already report inside it.
 */
export interface LabelledCandidate extends BinarySample {
	readonly document: string;
	readonly text: string;
	readonly reported: boolean;
	readonly missed: boolean;
}

export interface SetData {
	readonly folder: string;
	readonly candidates: LabelledCandidate[];
	/** The rules' indirect counts on the set, the baseline a threshold is chosen against. */
	readonly rules: {truePositives: number; falsePositives: number; falseNegatives: number};
}

/** Candidates of one article after the rules, labelled against its gold reports. */
export function labelledCandidates(document: GoldDocument): LabelledCandidate[] {
	const ctx = new ArticleContext(document.text, document.language);
	rulePasses(ctx);
	const scored = scoreDocument(document.gold, ctx.quotes);
	const found = new Set(scored.details.indirect.filter((detail) => detail.predicted && detail.gold).map((detail) => detail.gold));
	const golds = document.gold.quotes.filter((quote) => quote.kind === 'indirect');
	const samples: LabelledCandidate[] = [];
	for (const candidate of reportCandidates(ctx, true)) {
		const text = ctx.text.slice(candidate.start, candidate.end);
		const matches = golds.filter((quote) => spanOverlap(quote.text, text) > 0);
		// A sentence matching only a doubtful report counts neither way in the score, so it teaches nothing.
		if (matches.length > 0 && matches.every((quote) => quote.note === 'doubtful')) continue;
		const missed = !candidate.reported && matches.some((quote) => quote.note !== 'doubtful' && !found.has(quote));
		samples.push({features: candidate.features, label: matches.length > 0 ? 1 : 0, document: document.gold.document, text, reported: candidate.reported, missed});
	}
	return samples;
}

export function setData(folder: string): SetData {
	const documents = goldDocuments(folder);
	const rules = evaluateFolder(folder, {reportModel: null}).total.indirect;
	return {
		folder,
		candidates: documents.flatMap((document) => labelledCandidates(document)),
		rules: {truePositives: rules.truePositives, falsePositives: rules.falsePositives, falseNegatives: rules.falseNegatives},
	};
}

function f1(truePositives: number, falsePositives: number, falseNegatives: number): number {
	return truePositives === 0 ? 0 : (2 * truePositives) / (2 * truePositives + falsePositives + falseNegatives);
}

/**
 * The threshold for a model trained on these sets, chosen inside them: each set is scored by a model trained on the
 * others, and the threshold that gives the best indirect F1 over all of them (pooled with the rules' counts) wins.
 * The curve is flat near its top: a handful of sentences, right and wrong in about equal parts, decide between
 * neighbouring thresholds, so figures less than one report apart are ties. Among ties the lowest threshold reached
 * from the best without leaving them wins — the same figure with more of the reports the rules miss (indirect recall
 * is the weak side); without the tolerance, adding one set moved the choice across the whole plateau (0.8 → 0.9).
 */
export function chooseThreshold(sets: readonly SetData[]): number {
	const folds: Fold<SetData>[] = sets.map((set) => ({name: set.folder, items: [set]}));
	const scored = leaveOneOut(folds, (items) => trainBinary(items.flatMap((set) => set.candidates), trainingOptions), (model, items) => items.map((set) => ({set, scores: set.candidates.filter((candidate) => !candidate.reported).map((candidate) => ({p: probability(model, candidate.features), label: candidate.missed ? 1 : 0}))})));
	const pooled = scored.flatMap((fold) => fold.score);
	const curve = thresholds.map((threshold) => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		for (const {set, scores} of pooled) {
			const positives = scores.filter((score) => score.p > threshold && score.label === 1).length;
			const negatives = scores.filter((score) => score.p > threshold && score.label === 0).length;
			tp += set.rules.truePositives + positives;
			fp += set.rules.falsePositives + negatives;
			fn += set.rules.falseNegatives - positives;
		}
		return {threshold, tp, fp, fn, f1: f1(tp, fp, fn)};
	});
	let best = 0;
	for (let index = 1; index < curve.length; index++) if (curve[index]!.f1 >= curve[best]!.f1) best = index;
	return curve[lowestTied(curve, best)]!.threshold;
}

/** Walks down from the best point while the figure stays within one report of it (one missed report found instead). */
export function lowestTied(curve: ReadonlyArray<{tp: number; fp: number; fn: number; f1: number}>, best: number): number {
	const top = curve[best]!;
	const oneReport = f1(top.tp + 1, top.fp, Math.max(0, top.fn - 1)) - top.f1;
	let chosen = best;
	while (chosen > 0 && curve[chosen - 1]!.f1 >= top.f1 - oneReport) chosen--;
	return chosen;
}

/** The detector trained on these sets, with its threshold chosen inside them. */
export function trainReportModel(sets: readonly SetData[]): ReportModel {
	const model = trainBinary(sets.flatMap((set) => set.candidates), trainingOptions);
	return {threshold: chooseThreshold(sets), bias: model.bias, weights: model.weights};
}

export interface CrossValidationRow {
	readonly folder: string;
	readonly threshold: number;
	readonly rules: {quoted: GroupScore; indirect: GroupScore};
	readonly learned: {quoted: GroupScore; indirect: GroupScore};
}

/** Leave-one-set-out: each set scored end to end by the rules alone and by rules + a detector trained on the other sets. */
export function crossValidate(sets: readonly SetData[]): CrossValidationRow[] {
	const folds: Fold<SetData>[] = sets.map((set) => ({name: set.folder, items: [set]}));
	return leaveOneOut(folds, (items) => trainReportModel(items), (model, items) => items.map((set) => ({set, model}))).map((fold) => {
		const {set, model} = fold.score[0]!;
		const rules = evaluateFolder(set.folder, {reportModel: null}).total;
		const learned = evaluateFolder(set.folder, {reportModel: model}).total;
		return {folder: set.folder, threshold: model.threshold, rules, learned};
	});
}
