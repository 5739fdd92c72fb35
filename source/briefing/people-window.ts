// Who said what over a wider window than the briefing's (7 days, everything stored): from the cached analyses.

import type {Article} from '../model/article.js';
import type {BriefingQuote} from '../model/briefing.js';
import type {Person, QuoteAnalysis} from '../model/quote.js';
import type {ArticleStore} from '../store/article-store.js';
import {addSpeakerFacts, comparePeople, countsForSpeaker, speakersOfQuote, type SpeakerFacts} from '../analysis/people/briefing-people.js';
import {withJointParts} from '../analysis/people/joint-speakers.js';
import {mergePeople} from '../analysis/people/merge.js';
import {quoteEngineReads} from '../text/language.js';
import {analysisKey} from './analysis-cache.js';
import {briefingQuote} from './briefing-quote.js';
import {storyRoleOf} from './speaker-roles.js';

import type {PeopleWindowName} from './people-window-name.js';

export type {PeopleWindowName} from './people-window-name.js';

/** One quote of the window with the article it was said in. */
export interface WindowQuote extends BriefingQuote {
	headline: string;
	published: string;
	url: string;
}

export interface WindowPerson {
	name: string;
	role: string;
	/** Articles (reports) quoting them; copies of one item in two feeds count once. */
	articles: number;
	quotes: number;
	organisation?: boolean;
}

export interface PeopleInWindow {
	window: Exclude<PeopleWindowName, 'briefing'>;
	/** ISO start of the window; null for everything stored. */
	from: string | null;
	to: string;
	people: WindowPerson[];
	/** Person name → their quotes, newest first. */
	quotes: Record<string, WindowQuote[]>;
	/** Articles in the window. */
	articles: number;
	/** Of those, read from the briefing's cached analyses (no quote engine run). */
	cached: number;
	/** Of those, read by the quote engine now (no cached analysis of their content yet); kept for next time. */
	analysedNow: number;
}

export interface PeopleWindowOptions {
	window: Exclude<PeopleWindowName, 'briefing'>;
	now: Date;
	/** Runs the quote engine on an article no cached analysis covers; without it such articles are left out. */
	quoteEngine?: (article: Article) => QuoteAnalysis;
	/** Told how many articles were read so far (every chunk). */
	onProgress?: (done: number, total: number) => void;
}

/** The briefing's cached analyses are named this and a version ("briefing-v15", analysis-version.ts). */
const analyzerPrefix = 'briefing-v';
/** Quotes the window read with the engine itself, under the newest briefing analyzer's name (its rules' version). */
const ownAnalyzer = 'people-window';
const chunkSize = 400;
const windowDays = 7;

/** The start of a window: 7 days before `now`, or null for everything stored. */
export function windowStart(window: PeopleWindowOptions['window'], now: Date): string | null {
	return window === 'week' ? new Date(now.getTime() - windowDays * 24 * 3600 * 1000).toISOString() : null;
}

/** An article's content part of the briefing's cache key (analysisKey's first field): a stale analysis does not count. */
function contentHash(article: Article): string {
	return analysisKey(article, '', true).split(':')[0]!;
}

function parseQuotes(text: string | null): QuoteAnalysis | undefined {
	if (!text) return undefined;
	try {
		const value = JSON.parse(text) as QuoteAnalysis;
		return Array.isArray(value.quotes) && Array.isArray(value.people) ? value : undefined;
	} catch {
		return undefined;
	}
}

/** Two reports of one quote (the same item in two feeds, an agency text run twice) are one: case and spacing aside. */
function quoteKey(speaker: string, text: string): string {
	return `${speaker}\u0000${text.toLowerCase().replaceAll(/\s+/gu, ' ').trim().slice(0, 120)}`;
}

/**
 * Everyone quoted in the window, most quoted first, bodies and states after the people (as the briefing's People
 * screen), with each one's quotes newest first. Articles whose content the briefing analysed (any version of its
 * rules) are read from the cache; the rest go through `quoteEngine`, and what it finds is cached for next time.
 */
export function peopleInWindow(store: ArticleStore, options: PeopleWindowOptions): PeopleInWindow {
	const from = windowStart(options.window, options.now);
	const to = options.now.toISOString();
	const fromMs = from === null ? -Infinity : Date.parse(from);
	// No end: an article dated ahead (a feed's time-zone slip) is the newest news, not outside the window.
	const uids = store.articleTimes().filter(entry => Date.parse(entry.published) >= fromMs).map(entry => entry.uid);
	const newest = newestBriefingAnalyzer(store);
	const analysed: Array<{article: Article; analysis: QuoteAnalysis}> = [];
	let cached = 0;
	let analysedNow = 0;
	for (let start = 0; start < uids.length; start += chunkSize) {
		const part = uids.slice(start, start + chunkSize);
		const rows = store.quoteAnalysesOf(part, analyzerPrefix);
		const own = store.analysesOf(part, ownAnalyzer);
		const fresh: Array<{uid: string; contentHash: string; result: QuoteAnalysis}> = [];
		for (const article of store.articlesByUid(part)) {
			// The engine reads no quotes in it now; an analysis cached by older rules would bring back their made-up people.
			if (!quoteEngineReads(article.language)) continue;
			const hash = contentHash(article);
			const row = rows.get(article.uid)?.find(candidate => candidate.contentHash.startsWith(`${hash}:`) && candidate.contentHash.endsWith(':q'));
			let analysis = row ? parseQuotes(row.quotes) : undefined;
			if (analysis) {
				cached++;
			} else {
				const mine = own.get(article.uid);
				analysis = mine?.contentHash === `${hash}:${newest}` ? parseQuotes(mine.result) : undefined;
				if (analysis) {
					cached++;
				} else if (options.quoteEngine) {
					analysis = options.quoteEngine(article);
					analysedNow++;
					fresh.push({uid: article.uid, contentHash: `${hash}:${newest}`, result: {people: analysis.people, quotes: analysis.quotes}});
				}
			}

			if (analysis && analysis.quotes.length > 0) analysed.push({article, analysis});
		}

		if (fresh.length > 0) store.putAnalyses(ownAnalyzer, fresh);
		options.onProgress?.(Math.min(uids.length, start + part.length), uids.length);
	}

	return {window: options.window, from, to, ...gather(analysed), articles: uids.length, cached, analysedNow};
}

function newestBriefingAnalyzer(store: ArticleStore): string {
	const names = store.analyzersNamed(analyzerPrefix);
	const version = (name: string) => Number(name.slice(analyzerPrefix.length)) || 0;
	return names.sort((a, b) => version(b) - version(a))[0] ?? `${analyzerPrefix}0`;
}

function gather(analysed: ReadonlyArray<{article: Article; analysis: QuoteAnalysis}>): Pick<PeopleInWindow, 'people' | 'quotes'> {
	// Oldest first: of a quote's copies the first report is kept, as the briefing's stories keep it.
	const ordered = [...analysed].sort((a, b) => a.article.published.localeCompare(b.article.published));
	// A joint speaker's parts are names of their own: "SZ" is not a short form of "NDR, WDR und SZ".
	const merged = mergePeople(ordered.map(({analysis}): Person[] => withJointParts(analysis.people, (part): Person => ({name: part.name, role: '', aliases: [], ...(part.organisation ? {kind: 'organisation'} : {})}))));
	const people = new Map<string, {facts: SpeakerFacts; articles: Set<string>; quotes: WindowQuote[]; counts: boolean}>();
	const seen = new Set<string>();
	for (const {article, analysis} of ordered) {
		// One role per speaker in the article, as the briefing's stories write it on each quote (withStoryRoles).
		const roleOf = storyRoleOf(analysis);
		for (const quote of analysis.quotes) {
			if (!quote.speaker) continue;
			const said = {...quote, role: roleOf(quote.speaker, quote.role)};
			for (const {name: speaker, listed} of speakersOfQuote(quote.speaker, analysis.people)) {
				const name = merged.canonicalOf(speaker);
				const key = quoteKey(name, quote.text);
				const person = people.get(name) ?? {facts: {role: '', organisation: false, listed: false}, articles: new Set<string>(), quotes: [], counts: false};
				// As the briefing's list: a speaker is listed by one quote that names or describes them, and then every
				// quote of theirs counts (review V18 #13: "briefing" said 3 and "last days" 1 of one article). A later copy
				// of a quote still lists them — an agency's first report may name no one where the outlet's own does.
				if (countsForSpeaker(quote, listed)) {
					person.counts = true;
					addSpeakerFacts(person.facts, quote, listed);
				}

				people.set(name, person);
				if (seen.has(key)) continue;
				seen.add(key);
				person.articles.add(article.uid);
				person.quotes.push({...briefingQuote(said, article, name), headline: article.title, published: article.published, url: article.url});
			}
		}
	}

	for (const [name, person] of people) if (!person.counts) people.delete(name);
	// Persons first, then speakers who name no one (a role no article lists, a given name alone), bodies last, as the
	// briefing's People screen orders them.
	const list = [...people.entries()]
		.map(([name, person]) => ({name, facts: person.facts, quotes: person.quotes.length, count: person.articles.size}))
		.sort(comparePeople)
		.map(({name, facts, quotes, count}): WindowPerson => ({name, role: facts.role, articles: count, quotes, ...(facts.organisation ? {organisation: true} : {})}));
	const quotes: Record<string, WindowQuote[]> = {};
	for (const [name, person] of people) quotes[name] = person.quotes.reverse();
	return {people: list, quotes};
}
