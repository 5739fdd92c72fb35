// Scoring of extracted quotes against hand-made gold annotations (rules: ../shared/eval/README.md).

import type {Quote, QuoteKind} from '../model/quote.js';

export interface GoldQuote {
	kind: QuoteKind;
	speaker: string | null;
	text: string;
	cue?: string;
	note?: string;
}

export interface GoldPerson {
	name: string;
	role?: string;
	aliases?: string[];
}

export interface GoldFile {
	document: string;
	language: string;
	people?: GoldPerson[];
	quotes: GoldQuote[];
}

export interface PredictedQuote {
	kind: QuoteKind;
	text: string;
	speaker: string;
}

export type ScoreGroup = 'quoted' | 'indirect';

export interface GroupScore {
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	speakerRight: number;
	precision: number;
	recall: number;
	f1: number;
	/** Share of matched quotes whose speaker is right (1 when nothing matched). */
	speakerAccuracy: number;
}

export interface MatchDetail {
	gold: GoldQuote | null;
	predicted: PredictedQuote | null;
	speakerRight: boolean;
}

export interface DocumentScore {
	document: string;
	groups: Record<ScoreGroup, GroupScore>;
	details: Record<ScoreGroup, MatchDetail[]>;
}

export function groupOf(kind: QuoteKind): ScoreGroup {
	return kind === 'indirect' ? 'indirect' : 'quoted';
}

/** Lower-cased words without diacritics or punctuation, the unit of span overlap. */
export function normalizedTokens(text: string): string[] {
	const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
	return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function multiset(tokens: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
	return counts;
}

function sharedCount(a: Map<string, number>, b: Map<string, number>): number {
	let shared = 0;
	for (const [token, count] of a) shared += Math.min(count, b.get(token) ?? 0);
	return shared;
}

/** Overlap of two spans, or 0 when they do not match under the 80%-of-shorter / 50%-of-longer rule. */
export function spanOverlap(goldText: string, predictedText: string): number {
	const goldTokens = normalizedTokens(goldText);
	const predictedTokens = normalizedTokens(predictedText);
	if (goldTokens.length === 0 || predictedTokens.length === 0) return 0;
	const shared = sharedCount(multiset(goldTokens), multiset(predictedTokens));
	const shorter = Math.min(goldTokens.length, predictedTokens.length);
	const longer = Math.max(goldTokens.length, predictedTokens.length);
	if (shared < 0.8 * shorter || shared < 0.5 * longer) return 0;
	return shared / longer;
}

function wordsOf(name: string): string[] {
	return normalizedTokens(name);
}

// Inflected forms ("Bundesamts", "Fachkreisen") should still count as the same word.
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

/**
 * Speaker rule: a named gold speaker (one of the gold people) is right when its surname is among
 * the predicted speaker's words; an unnamed one ("ein Taxifahrer") when at least half its words are.
 * A gold speaker of null is right when nobody was named either.
 */
export function speakerMatches(goldSpeaker: string | null, predicted: string, namedPeople: Set<string>): boolean {
	const predictedWords = wordsOf(predicted);
	if (goldSpeaker === null || goldSpeaker.trim() === '') return predictedWords.length === 0;
	const goldWords = wordsOf(goldSpeaker);
	if (goldWords.length === 0) return predictedWords.length === 0;
	const has = (word: string) => predictedWords.some((candidate) => sameWord(candidate, word));
	if (namedPeople.has(goldSpeaker)) return has(goldWords[goldWords.length - 1]!);
	const shared = goldWords.filter(has).length;
	return shared >= goldWords.length / 2;
}

function emptyScore(): GroupScore {
	return {truePositives: 0, falsePositives: 0, falseNegatives: 0, speakerRight: 0, precision: 0, recall: 0, f1: 0, speakerAccuracy: 1};
}

export function finishScore(score: GroupScore): GroupScore {
	const {truePositives: tp, falsePositives: fp, falseNegatives: fn} = score;
	const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
	const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
	const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
	return {...score, precision, recall, f1, speakerAccuracy: tp === 0 ? 1 : score.speakerRight / tp};
}

/** Scores the predictions for one document against its gold file. */
export function scoreDocument(gold: GoldFile, predicted: ReadonlyArray<PredictedQuote | Quote>): DocumentScore {
	const namedPeople = new Set((gold.people ?? []).map((person) => person.name));
	const groups = {quoted: emptyScore(), indirect: emptyScore()};
	const details: Record<ScoreGroup, MatchDetail[]> = {quoted: [], indirect: []};
	for (const group of ['quoted', 'indirect'] as const) {
		const golds = gold.quotes.filter((quote) => groupOf(quote.kind) === group);
		const predictions = predicted.filter((quote) => groupOf(quote.kind) === group);
		const pairs: Array<{g: number; p: number; overlap: number}> = [];
		golds.forEach((goldQuote, g) => {
			predictions.forEach((prediction, p) => {
				const overlap = spanOverlap(goldQuote.text, prediction.text);
				if (overlap > 0) pairs.push({g, p, overlap});
			});
		});
		// Certain gold quotes claim predictions first so a doubtful one cannot take a certain match away.
		const doubtful = (g: number) => golds[g]!.note === 'doubtful';
		pairs.sort((a, b) => Number(doubtful(a.g)) - Number(doubtful(b.g)) || b.overlap - a.overlap || a.g - b.g || a.p - b.p);
		const goldUsed = new Set<number>();
		const predictedUsed = new Set<number>();
		const score = groups[group];
		for (const pair of pairs) {
			if (goldUsed.has(pair.g) || predictedUsed.has(pair.p)) continue;
			goldUsed.add(pair.g);
			predictedUsed.add(pair.p);
			const goldQuote = golds[pair.g]!;
			const prediction = predictions[pair.p]!;
			const right = speakerMatches(goldQuote.speaker, prediction.speaker, namedPeople);
			details[group].push({gold: goldQuote, predicted: prediction, speakerRight: right});
			if (doubtful(pair.g)) continue;
			score.truePositives++;
			if (right) score.speakerRight++;
		}
		golds.forEach((goldQuote, g) => {
			if (goldUsed.has(g) || goldQuote.note === 'doubtful') return;
			score.falseNegatives++;
			details[group].push({gold: goldQuote, predicted: null, speakerRight: false});
		});
		predictions.forEach((prediction, p) => {
			if (predictedUsed.has(p)) return;
			score.falsePositives++;
			details[group].push({gold: null, predicted: prediction, speakerRight: false});
		});
		groups[group] = finishScore(score);
	}
	return {document: gold.document, groups, details};
}

/** Sums document scores (micro average). */
export function sumScores(scores: DocumentScore[]): Record<ScoreGroup, GroupScore> {
	const total = {quoted: emptyScore(), indirect: emptyScore()};
	for (const score of scores) {
		for (const group of ['quoted', 'indirect'] as const) {
			total[group].truePositives += score.groups[group].truePositives;
			total[group].falsePositives += score.groups[group].falsePositives;
			total[group].falseNegatives += score.groups[group].falseNegatives;
			total[group].speakerRight += score.groups[group].speakerRight;
		}
	}
	return {quoted: finishScore(total.quoted), indirect: finishScore(total.indirect)};
}
