// Builds the briefing model: window → per-article analysis → stories → topics, ranked.

import type {Article} from '../model/article.js';
import type {Briefing, BriefingArticleRef, BriefingPerson, BriefingQuote, Story} from '../model/briefing.js';
import type {Person, QuoteAnalysis} from '../model/quote.js';
import type {TopicDefinition} from '../model/topic.js';
import {StoryClusterer, type ClusterOptions} from '../analysis/stories/cluster.js';
import {stripFeedBoilerplate} from '../analysis/stories/boilerplate.js';
import {assignTopics, combineTopicScores, compileTopics} from '../analysis/topics/match.js';
import {summarizeStory} from '../analysis/summary/summarize.js';
import {mergePeople, type MergedPeople} from '../analysis/people/merge.js';
import {fold, rawTokens} from '../analysis/stories/tokens.js';
import {shortHash} from '../text/hash.js';
import {analysisKey, analyzeArticle, topicsFingerprint, type AnalysisCache, type ArticleAnalysis, type SummaryCache} from './analysis-cache.js';
import type {ReadState} from './read-state.js';
import {arrivalOf, groupStories, otherTopicName, storyMarks, storyScore, timeOf} from './rank.js';
import {chooseWindow, minBriefingArticles, parseSince, type TimeWindow} from './window.js';

export {arrivalOf, groupStories, otherTopicName, storyMarks, storyScore, timeOf};

export interface BriefingOptions {
	topics: TopicDefinition[];
	/** "24h", "7d", "all"; default: 48 h ending at the newest article, widened until it holds enough articles. */
	since?: string;
	/** Time stamped as generatedAt; defaults to the current time (the only impure default). */
	now?: Date;
	readState?: ReadState;
	/** The quote engine; without it stories have no quotes or people. */
	quoteAnalysis?: (article: Article) => QuoteAnalysis;
	/** Reuse of per-article analysis between runs; keyed by content hash. */
	cache?: AnalysisCache;
	/** Reuse of story summaries between runs (only together with `cache`, whose keys name the content). */
	summaryCache?: SummaryCache;
	/** Only this topic (case-insensitive), with every story that has it among its topics. */
	topic?: string;
	/** Story clustering settings (windowHours defaults to the settings' storyWindowHours, 48). */
	cluster?: Partial<ClusterOptions>;
	/** The default window widens until it holds this many articles. */
	minArticles?: number;
	maxQuotesPerStory?: number;
	maxPeoplePerStory?: number;
}

interface Member {
	article: Article;
	time: number;
	analysis: ArticleAnalysis;
	/** The analysis cache key (names the content); '' without a cache. */
	key: string;
}

function wordSet(text: string): Set<string> {
	return new Set(rawTokens(text).map((token) => fold(token.text)).filter((word) => word.length > 1));
}

/** True when two quotes are the same words reported by two outlets (one mostly contains the other). */
function sameQuote(a: Set<string>, b: Set<string>): boolean {
	if (a.size === 0 || b.size === 0) return false;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / Math.min(a.size, b.size) >= 0.8 || shared / (a.size + b.size - shared) >= 0.6;
}

const kindOrder = {direct: 0, partial: 1, indirect: 2} as const;

function storyQuotes(members: Member[], canonicalOf: (name: string) => string, limit: number): BriefingQuote[] {
	const all: Array<BriefingQuote & {words: Set<string>; order: number}> = [];
	let order = 0;
	for (const {article, analysis} of members) {
		for (const quote of analysis.quotes?.quotes ?? []) {
			const text = quote.text.trim();
			if (text.length < 12) continue;
			all.push({
				text,
				speaker: quote.speaker ? canonicalOf(quote.speaker) : '',
				role: quote.role,
				kind: quote.kind,
				articleId: article.uid,
				outlet: article.feedTitle,
				start: quote.start,
				end: quote.end,
				words: wordSet(text),
				order: order++,
			});
		}
	}
	// Named speakers and real quotations first; the earliest report of a quote wins over its copies.
	all.sort((a, b) => Number(a.speaker === '') - Number(b.speaker === '') || kindOrder[a.kind] - kindOrder[b.kind] || a.order - b.order);
	const kept: typeof all = [];
	for (const quote of all) {
		if (kept.some((other) => sameQuote(other.words, quote.words))) continue;
		kept.push(quote);
		if (kept.length >= limit) break;
	}
	return kept.map(({words: _words, order: _order, ...quote}) => quote);
}

function storyPeople(merged: MergedPeople, quotes: BriefingQuote[], limit: number): BriefingPerson[] {
	const counts = new Map<string, number>();
	for (const quote of quotes) if (quote.speaker) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
	return merged.people
		.map((person) => ({name: person.name, role: person.role, aliases: person.aliases, quoteCount: counts.get(person.name) ?? 0}))
		.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
		.slice(0, limit);
}

/** The member whose vector is closest to the story's centroid: the most typical report. */
function representative(members: Member[], vectorOf: (id: string) => ReadonlyMap<string, number> | undefined): Member {
	if (members.length <= 2) return members[0]!;
	const centroid = new Map<string, number>();
	for (const member of members) for (const [feature, weight] of vectorOf(member.article.uid) ?? []) centroid.set(feature, (centroid.get(feature) ?? 0) + weight);
	let best = members[0]!;
	let bestScore = -1;
	for (const member of members) {
		let score = 0;
		for (const [feature, weight] of vectorOf(member.article.uid) ?? []) score += weight * (centroid.get(feature) ?? 0);
		if (score > bestScore + 1e-9) {
			best = member;
			bestScore = score;
		}
	}
	return best;
}

function articleRef(article: Article): BriefingArticleRef {
	return {id: article.uid, title: article.title, url: article.url, feed: article.feedTitle, published: article.published};
}

type Placed = Pick<Article, 'published' | 'fetchedAt' | 'publishedEstimated'>;

/** The briefing's time window over these articles (see chooseWindow); only their times are needed. */
export function briefingWindow(articles: readonly Placed[], since: string | undefined, minArticles = minBriefingArticles): TimeWindow {
	const spec = parseSince(since);
	// Articles whose feed gave no date carry their fetch time; they must not push the window's end to now.
	const dated = articles.filter((article) => !article.publishedEstimated);
	return chooseWindow((dated.length > 0 ? dated : articles).map(timeOf), spec, minArticles);
}

export function isInWindow(article: Placed, window: TimeWindow): boolean {
	const time = timeOf(article);
	// Undated articles (stamped with their fetch time) are kept even when fetched after the newest dated one.
	return time >= window.from && (time <= window.to || article.publishedEstimated);
}

/** The story's summary, reused from `summaryCache` when the headline and every summarized report are unchanged. */
function storySummary(members: Member[], headline: string, leadUid: string, options: BriefingOptions): string {
	const cache = options.cache ? options.summaryCache : undefined;
	const key = cache ? shortHash([headline, ...members.map((member) => `${member.article.uid}:${member.key}`)].join('\u0000')) : '';
	const cached = cache?.get(leadUid, key);
	if (cached !== undefined) return cached;
	const summary = summarizeStory(members.map((member) => member.article), headline);
	cache?.set(leadUid, key, summary);
	return summary;
}

export function buildBriefing(articles: Article[], options: BriefingOptions): Briefing {
	const now = options.now ?? new Date();
	const unique = new Map<string, Article>();
	for (const article of articles) if (!unique.has(article.uid)) unique.set(article.uid, article);
	const all = [...unique.values()];
	const window = briefingWindow(all, options.since, options.minArticles);
	// Times parsed once, not in every comparison of the sort.
	const inWindow = all
		.filter((article) => isInWindow(article, window))
		.map((article) => ({article, time: timeOf(article)}))
		.sort((a, b) => a.time - b.time || (a.article.uid < b.article.uid ? -1 : a.article.uid > b.article.uid ? 1 : 0));

	const compiled = compileTopics(options.topics);
	const fingerprint = topicsFingerprint(options.topics);
	const withQuotes = options.quoteAnalysis !== undefined;
	const members: Member[] = inWindow.map(({article, time}) => {
		const key = options.cache ? analysisKey(article, fingerprint, withQuotes) : '';
		let analysis = options.cache?.get(article.uid, key);
		if (!analysis) {
			analysis = analyzeArticle(article, compiled, options.quoteAnalysis);
			options.cache?.set(article.uid, key, analysis);
		}
		return {article, time, analysis, key};
	});

	const clusterer = new StoryClusterer(options.cluster);
	clusterer.add(
		stripFeedBoilerplate(members.map((member) => ({id: member.article.uid, time: member.time, feed: member.article.feedUrl, features: member.analysis.features}))),
	);
	const byId = new Map(members.map((member) => [member.article.uid, member]));

	const stories: Story[] = [];
	for (const ids of clusterer.clusters()) {
		const group = ids.map((id) => byId.get(id)!).sort((a, b) => a.time - b.time || (a.article.uid < b.article.uid ? -1 : 1));
		const first = group[0]!;
		const last = group[group.length - 1]!;
		const id = shortHash(`story:${first.article.uid}`, 12);
		const lead = representative(group, (uid) => clusterer.vector(uid));
		const headline = lead.article.title;
		// Long stories: summarize from the lead and the latest reports, not hundreds of them.
		const forSummary = group.length > 12 ? [lead, ...group.slice(-11).filter((member) => member !== lead)] : group;
		const summary = storySummary(forSummary, headline, lead.article.uid, options);
		const topicScores = combineTopicScores(group.map((member) => member.analysis.topics));
		const topics = assignTopics(topicScores);
		const outlets: string[] = [];
		for (const member of group) if (!outlets.includes(member.article.feedTitle)) outlets.push(member.article.feedTitle);
		const merged = mergePeople(group.map((member): Person[] => member.analysis.quotes?.people ?? []));
		const quotes = storyQuotes(group, (name) => merged.canonicalOf(name), options.maxQuotesPerStory ?? 8);
		const people = storyPeople(merged, quotes, options.maxPeoplePerStory ?? 12);
		const ageHours = (window.to - last.time) / 3_600_000;
		const marks = storyMarks(id, group.map((member) => ({uid: member.article.uid, arrived: arrivalOf(member.article, member.time)})), outlets.length, ageHours, options.readState);
		stories.push({
			id,
			headline,
			summary,
			topics,
			outlets,
			articles: group.map((member) => articleRef(member.article)),
			quotes,
			people,
			firstPublished: first.article.published,
			lastPublished: last.article.published,
			...marks,
		});
	}
	const topics = groupStories(stories, options.topic);
	return {
		generatedAt: now.toISOString(),
		window: {from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString()},
		topics,
	};
}
