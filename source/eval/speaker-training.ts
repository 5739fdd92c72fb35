// Training data for the speaker ranker: each annotated set's quotes, matched to gold as the scorer matches them, with every candidate speaker marked right or wrong; training and leave-one-set-out scoring over them.

import path from 'node:path';
import {bestCandidate, type Features, type LinearModel, type RankingGroup, trainRanker, type TrainingOptions} from '../analysis/learn/linear-model.js';
import {analyzeSpeakerChoices} from '../analysis/quotes/analyze.js';
import type {Quote} from '../model/quote.js';
import {type Fold, leaveOneOut} from './leave-one-out.js';
import {openedSets, repositoryRoot} from './opened-sets.js';
import {type GoldDocument, goldDocuments} from './quotes-run.js';
import {groupOf, type ScoreGroup, scoreDocument, speakerMatches} from './quotes-score.js';

/** One matched quote's speaker decision: candidate features and which candidates the scorer would call right. */
export interface SpeakerItem {
	readonly group: ScoreGroup;
	readonly candidates: readonly Features[];
	readonly right: readonly boolean[];
	/** For the list of unreachable quotes: who gold says spoke, whom the engine offered, the quote and its document. */
	readonly gold?: string;
	readonly offered?: readonly string[];
	readonly text?: string;
	readonly document?: string;
	readonly language?: string;
	/** The writer's words around the quote, for reading the errors. */
	readonly context?: string;
}

/** A gold folder (relative to the repository) read as the quote evaluation reads it. */
export function goldArticles(folder: string): GoldDocument[] {
	return goldDocuments(path.resolve(repositoryRoot, folder));
}

/** One set's quotes as speaker decisions (the engine run as it is now, with the rules' speakers). */
export function speakerItems(folder: string): SpeakerItem[] {
	const items: SpeakerItem[] = [];
	for (const {gold, text, title, language} of goldArticles(folder)) {
		const {analysis, choices} = analyzeSpeakerChoices(text, {language, title, speakerModel: null});
		const score = scoreDocument(gold, analysis.quotes);
		const namedPeople = new Set((gold.people ?? []).map((person) => person.name));
		const choiceOf = new Map(choices.map((choice) => [choice.quote, choice]));
		const contextOf = (quote: Quote) => text.slice(Math.max(0, quote.start - 160), Math.min(text.length, quote.end + 120)).replace(/\s+/gu, ' ');
		for (const group of ['quoted', 'indirect'] as const) {
			for (const detail of score.details[group]) {
				if (!detail.gold || !detail.predicted || detail.gold.note === 'doubtful') continue;
				const choice = choiceOf.get(detail.predicted as Quote);
				const goldSpeaker = detail.gold.speaker;
				if (!choice) {
					// A quote without candidates keeps the rules' speaker: one candidate, right as scored.
					items.push({group: groupOf(detail.gold.kind), candidates: [{rules: 1}], right: [detail.speakerRight], gold: goldSpeaker ?? '', offered: [detail.predicted.speaker], text: detail.gold.text, document: gold.document});
					continue;
				}
				items.push({
					group,
					candidates: choice.candidates.map((candidate) => candidate.features),
					right: choice.candidates.map((candidate) => speakerMatches(goldSpeaker, candidate.name, namedPeople)),
					gold: goldSpeaker ?? '',
					offered: choice.candidates.map((candidate) => candidate.name),
					text: detail.gold.text,
					document: gold.document,
					language,
					context: contextOf(choice.quote),
				});
			}
		}
	}
	return items;
}

/** Chosen by the CV totals among eight settings (epochs 300–2,000, rate 0.5–4, L2 0.001–0.03); every one of them beat the rules on both totals. */
export const speakerTraining: TrainingOptions = {epochs: 300, learningRate: 2, l2: 0.003};

/** Groups to train on: the first right candidate is the answer; items with none teach nothing and are left out. */
export function rankingGroups(items: readonly SpeakerItem[]): RankingGroup[] {
	return items.map((item) => ({candidates: item.candidates, correct: item.right.indexOf(true)}));
}

/**
 * What the rules' "nobody" keeps over the learned score: many of them are deliberate (an impersonal subject, a new
 * paragraph, a group), which the annotated sets show too seldom to learn, and the hand-written tests of the rules
 * check. In leave-one-set-out scoring a margin up to 1 cost nothing (1.5 began to cost).
 */
export const rulesNobodyMargin = 1;

export function trainSpeakerModel(items: readonly SpeakerItem[], options: TrainingOptions = speakerTraining, nobodyMargin = rulesNobodyMargin): LinearModel {
	const trained = trainRanker(rankingGroups(items), options);
	const weights: Record<string, number> = {...trained.weights};
	weights['rules:nobody'] = Math.round(((weights['rules:nobody'] ?? 0) + nobodyMargin) * 1e6) / 1e6;
	const sorted = Object.fromEntries(Object.keys(weights).sort().map((name) => [name, weights[name]!]));
	return {bias: trained.bias, weights: sorted};
}

export interface SpeakerTally {
	readonly quoted: {total: number; rules: number; ranker: number; reachable: number};
	readonly indirect: {total: number; rules: number; ranker: number; reachable: number};
}

/** How many matched quotes get the right speaker from the rules alone and from the model (reachable: some candidate is right). */
export function tallySpeakers(model: LinearModel, items: readonly SpeakerItem[]): SpeakerTally {
	const tally = {quoted: {total: 0, rules: 0, ranker: 0, reachable: 0}, indirect: {total: 0, rules: 0, ranker: 0, reachable: 0}};
	for (const item of items) {
		const counts = tally[item.group];
		counts.total++;
		if (item.right[0]) counts.rules++;
		if (item.right.includes(true)) counts.reachable++;
		const best = bestCandidate(model, item.candidates);
		if (item.right[Math.max(0, best)]) counts.ranker++;
	}
	return tally;
}

export function loadSpeakerFolds(): Fold<SpeakerItem>[] {
	return openedSets.map((fold) => ({name: fold.name, items: speakerItems(fold.folder)}));
}

export function crossValidateSpeakers(folds: readonly Fold<SpeakerItem>[], options: TrainingOptions = speakerTraining) {
	return leaveOneOut(folds, (items) => trainSpeakerModel(items, options), tallySpeakers);
}

/** Settings the nested check chooses among (the committed one is the second). */
export const speakerSettings: readonly TrainingOptions[] = [
	{epochs: 300, learningRate: 0.5, l2: 0.01},
	speakerTraining,
	{epochs: 300, learningRate: 0.5, l2: 0.03},
	{epochs: 300, learningRate: 2, l2: 0.001},
];

/**
 * Leave-one-set-out with the training setting chosen inside: for each held-out set, every setting is scored by
 * leave-one-out over the other eight, and the best is trained on them — so the choice never sees the set it is scored on.
 */
export function nestedCrossValidateSpeakers(folds: readonly Fold<SpeakerItem>[], settings: readonly TrainingOptions[] = speakerSettings) {
	const right = (tally: SpeakerTally) => tally.quoted.ranker + tally.indirect.ranker;
	return folds.map((outer) => {
		const inner = folds.filter((fold) => fold !== outer);
		let chosen = 0;
		let chosenRight = -1;
		for (const [index, options] of settings.entries()) {
			const total = crossValidateSpeakers(inner, options).reduce((sum, row) => sum + right(row.score), 0);
			if (total > chosenRight) {
				chosen = index;
				chosenRight = total;
			}
		}
		const model = trainSpeakerModel(inner.flatMap((fold) => fold.items), settings[chosen]);
		return {name: `${outer.name} (setting ${chosen})`, score: tallySpeakers(model, outer.items)};
	});
}
