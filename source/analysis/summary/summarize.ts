// Extractive story summaries: the sentences of the reports that best cover what all reports share.

import {stopwords} from '../stories/stopwords.js';
import {fold, rawTokens, stem} from '../stories/tokens.js';
import {aggregatorLines, headlineText, lineWithoutCredit, lineWithoutGuessedCredit, tellsWhatHappened, titleCredit} from './headline-lines.js';
import {isLiveEntries, markedLive, withoutLiveMark} from './live-blog.js';
import {splitSentences} from './sentences.js';

export interface SummaryArticle {
	uid: string;
	title: string;
	summary: string;
	content: string;
	language: string;
	/** The feed's name: the outlet a title may end with ("… | USA TODAY"). */
	feedTitle?: string | undefined;
	url?: string | undefined;
}

export interface SummaryOptions {
	maxSentences: number;
	/** Stop adding sentences once the summary is this long. */
	maxChars: number;
	/** Sentences sharing at least this share of their words (Jaccard) with a chosen one are near-duplicates. */
	duplicateJaccard: number;
	/** Only the first sentences of each report are considered: news put the event first. */
	sentencesPerArticle: number;
}

export const defaultSummaryOptions: SummaryOptions = {
	maxSentences: 3,
	maxChars: 480,
	duplicateJaccard: 0.5,
	sentencesPerArticle: 6,
};

const maxBodyChars = 6000;

/** Each word's stem as written ("" for a stopword or a single letter): the reports of a briefing share most words. */
const stemCache = new Map<string, string>();

function stemOf(word: string): string {
	let cached = stemCache.get(word);
	if (cached === undefined) {
		const folded = fold(word);
		cached = folded.length < 2 || stopwords.has(folded) ? '' : stem(folded);
		// Bounded: endless distinct words (hostile input) must not grow it without limit.
		if (stemCache.size >= 100_000) stemCache.clear();
		stemCache.set(word, cached);
	}
	return cached;
}

function stems(text: string): string[] {
	const result: string[] = [];
	for (const token of rawTokens(text)) {
		const stemmed = stemOf(token.text);
		if (stemmed !== '') result.push(stemmed);
	}
	return result;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const item of a) if (b.has(item)) shared++;
	return shared / (a.size + b.size - shared);
}

interface Candidate {
	text: string;
	words: Set<string>;
	score: number;
	order: number;
}

/** Is this a sentence a reader can use on its own (not a fragment, byline, or link prompt)? */
function usable(sentence: string): boolean {
	if (sentence.length < 40 || sentence.length > 360) return false;
	if (!/\p{L}{3}/u.test(sentence)) return false;
	if (/^(?:mehr|more|read more|weiterlesen|lesen sie|click|klicken)\b/iu.test(sentence)) return false;
	return /[.!?"“”»«)]$/u.test(sentence);
}

/**
 * Chooses up to `maxSentences` sentences from the reports' teasers and bodies. Each candidate is scored by
 * how many reports use its words (a centroid of document frequencies, so what several outlets say weighs
 * more than one outlet's detail), divided by its length to the power 0.5, plus a bonus for coming early
 * in its report. Chosen greedily, skipping near-duplicates of chosen sentences and of the headline, and
 * printed in the order the reports are given (oldest first). Reports without text (headline-only feeds)
 * contribute their headlines instead; an aggregator's item (a list of other outlets' headlines, each run into
 * its outlet's name) is never read as prose: its headlines count, without the outlets' names (headline-lines.ts).
 * Nor is a live blog's text (live-blog.ts): its entries, newest first, are tweets, minutes of a match, readers' mails and
 * remarks, and none is a lead ("Cotter hit the headlines in Ireland … for being a Neymar lookalike", walk 12 #235). Its
 * words count as one report's; what happened comes from the story's other reports, else from the headlines — a live
 * blog's headline is the line its editors keep saying what happened in, without its live mark. A story that is one
 * live blog alone has no summary: its headline above says what the blog says, and a side remark is worse than none.
 */
/** An aggregator's text opens with its item's title ("Vaccine doses shipped - The New York Times."): nothing new. */
function repeatsTitle(sentence: string, title: string): boolean {
	const bare = (text: string): string => text.trim().replace(/[\s.!?…]+$/u, '');
	return bare(sentence) === bare(title);
}

export function summarizeStory(articles: SummaryArticle[], headline: string, options: Partial<SummaryOptions> = {}): string {
	const settings = {...defaultSummaryOptions, ...options};
	const reportCount = new Map<string, number>();
	const perArticle: Array<{sentences: string[]; words: Array<Set<string>>}> = [];
	// An aggregator's item lists other outlets' headlines, each run into its outlet's name: headlines, not prose.
	const listed: Array<{line: string; outlet: string}> = [];
	// Lines whose outlet is only guessed from the words: used when nothing else tells what happened.
	const guessed: string[] = [];
	const credits = new Set<string>();
	for (const article of articles) {
		if (article.feedTitle) credits.add(article.feedTitle);
		const credit = titleCredit(article.title);
		if (credit !== '') credits.add(credit);
	}
	for (const article of articles) {
		const body = article.content && article.content.length > article.summary.length ? article.content : article.summary;
		const lines = aggregatorLines(article.title, body);
		// The aggregator's item and the headline-only stories below are rare: functions of their own, so that their first
		// use does not deoptimize this one (it was compiled ~9 times a build, bench/findings.md).
		if (lines) countListedHeadlines(article.title, lines, credits, listed, guessed, reportCount);
		else {
			const sentences = reportSentences(article, body, settings.sentencesPerArticle * 2, reportCount);
			if (!isLiveEntries(article.title, article.url, body)) perArticle.push(sentences);
		}
	}
	const headlineWords = new Set(stems(headline));
	const candidates: Candidate[] = [];
	let order = 0;
	for (const {sentences, words} of perArticle) {
		let position = 0;
		for (const [index, sentence] of sentences.entries()) {
			if (!usable(sentence) || position >= settings.sentencesPerArticle) continue;
			const set = words[index]!;
			if (set.size < 4) continue;
			let coverage = 0;
			for (const word of set) coverage += (reportCount.get(word) ?? 1) - 1 + 0.25;
			const score = coverage / Math.sqrt(set.size) + (position === 0 ? 1.5 : position === 1 ? 0.75 : 0);
			candidates.push({text: sentence, words: set, score, order: order++});
			position++;
		}
	}
	if (candidates.length === 0) headlineCandidates(articles, headline, listed, guessed, reportCount, candidates);
	candidates.sort((a, b) => b.score - a.score || a.order - b.order);
	const chosen: Candidate[] = [];
	let length = 0;
	for (const candidate of candidates) {
		if (chosen.length >= settings.maxSentences) break;
		if (jaccard(candidate.words, headlineWords) >= 0.8) continue;
		if (chosen.some((other) => jaccard(candidate.words, other.words) >= settings.duplicateJaccard)) continue;
		if (chosen.length > 0 && length + candidate.text.length > settings.maxChars) continue;
		chosen.push(candidate);
		length += candidate.text.length + 1;
	}
	chosen.sort((a, b) => a.order - b.order);
	// Joined in a loop: `.map(…).join(' ')` here deoptimized the whole function whenever the array's kind changed (an
	// empty summary), and it was compiled again: ~10 times a build, ~130 ms of the compiler's time each (bench/findings.md).
	let summary = '';
	for (let index = 0; index < chosen.length; index++) summary += index === 0 ? chosen[index]!.text : ` ${chosen[index]!.text}`;
	return summary;
}

/** An aggregator's item: each listed headline whose outlet is known counts as one more report of its words. */
function countListedHeadlines(title: string, lines: readonly string[], credits: ReadonlySet<string>, listed: Array<{line: string; outlet: string}>, guessed: string[], reportCount: Map<string, number>): void {
	for (const line of lines) {
		const credited = lineWithoutCredit(line, [...credits]);
		if (credited === null) {
			const guess = lineWithoutGuessedCredit(line);
			if (guess !== null) guessed.push(guess);
			continue;
		}
		listed.push({line: credited.headline, outlet: credited.outlet});
		// Each listed headline is one more outlet's report of the story.
		for (const word of new Set(stems(credited.headline))) reportCount.set(word, (reportCount.get(word) ?? 0) + 1);
	}
	for (const word of new Set(stems(title))) reportCount.set(word, (reportCount.get(word) ?? 0) + 1);
}

/** A report's first sentences (the candidates) and their words; every word of the report counts once in `reportCount`. */
function reportSentences(article: SummaryArticle, body: string, wanted: number, reportCount: Map<string, number>): {sentences: string[]; words: Array<Set<string>>} {
	// Only the first sentences are candidates, so the rest of a long body is never segmented.
	const sentences = splitSentences(body.slice(0, maxBodyChars), article.language, wanted + 1).filter((sentence) => !repeatsTitle(sentence, article.title)).slice(0, wanted);
	// Built by push into a literal: arrays of one allocation site keep one map, where a `.map()` of no sentences
	// gave the loops over them a second.
	const words: Array<Set<string>> = [];
	for (const sentence of sentences) words.push(new Set(stems(sentence)));
	const seen = new Set<string>(stems(article.title));
	for (const set of words) for (const word of set) seen.add(word);
	for (const word of seen) reportCount.set(word, (reportCount.get(word) ?? 0) + 1);
	return {sentences, words};
}

/** Candidates of a story whose reports have no usable sentence: the headlines (and listed headlines) that say what happened. */
function headlineCandidates(articles: SummaryArticle[], headline: string, listed: ReadonlyArray<{line: string; outlet: string}>, guessed: readonly string[], reportCount: Map<string, number>, candidates: Candidate[]): void {
	let order = 0;
	// Headline-only reports: the other outlets' headlines say what the story is, without their outlets' names and
	// labels; a question or a headline its feed cut short says nothing that happened.
	const titles: string[] = [];
	for (const article of articles) {
		const title = headlineText(article.title, {feedTitle: article.feedTitle, url: article.url, body: article.content || article.summary});
		titles.push(markedLive(title, article.url) ? withoutLiveMark(title) : title);
	}
	// The story's own headline is shown above the summary: a title that is it, with or without a live mark, is no summary.
	const shown = markedLive(headline, undefined) ? withoutLiveMark(headline) : headline;
	// The outlet's own name may end its headline as well ("… uncovered - GSMArena.com news").
	for (const {line, outlet} of listed) titles.push(headlineText(line, {feedTitle: outlet}));
	const distinct = (title: string): boolean => title.length > 0 && !title.startsWith(shown) && tellsWhatHappened(title);
	if (!titles.some(distinct)) {
		for (const line of guessed) {
			titles.push(headlineText(line));
			for (const word of new Set(stems(line))) reportCount.set(word, (reportCount.get(word) ?? 0) + 1);
		}
	}
	for (const title of titles) {
		const set = new Set(stems(title));
		// A title that is the headline with its outlet after it ("… - The New York Times") says nothing new either.
		if (set.size >= 3 && !title.startsWith(shown) && tellsWhatHappened(title)) {
			let coverage = 0;
			for (const word of set) coverage += (reportCount.get(word) ?? 1) - 1 + 0.25;
			const text = /[.!?]$/u.test(title) ? title : `${title}.`;
			candidates.push({text, words: set, score: coverage / Math.sqrt(set.size), order: order++});
		}
	}
}
