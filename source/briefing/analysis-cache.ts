// Per-article analysis (features, topic scores, quotes) and the cache hook that lets the app reuse it.

import type {Article} from '../model/article.js';
import type {QuoteAnalysis} from '../model/quote.js';
import {articleBody, articleFeatures, tokenizeArticle, type FeatureCounts} from '../analysis/stories/features.js';
import {scoreTopics, type CompiledTopics, type TopicScore} from '../analysis/topics/match.js';
import {shortHash} from '../text/hash.js';
import {topicsFingerprint} from './topics-fingerprint.js';

export interface ArticleAnalysis {
	features: FeatureCounts;
	topics: TopicScore[];
	/** Absent when no quote engine was given. */
	quotes?: QuoteAnalysis;
}

/**
 * Where analyses are kept between runs (the store's analysis cache, a Map, …). `key` already names the
 * content, the topic set and whether quotes are included; `uid` is there for stores keyed by article.
 */
export interface AnalysisCache {
	get(uid: string, key: string): ArticleAnalysis | undefined;
	set(uid: string, key: string, analysis: ArticleAnalysis): void;
	/** Told the uids about to be asked for, a cache may read them in one go. */
	preload?(uids: readonly string[]): void;
	/** How many of these uids have an analysis stored (of any content): the rest certainly need one. */
	stored?(uids: readonly string[]): number;
	/** Writes what was set so far (a cache that writes later is told when a batch is complete). */
	flush?(): void;
}

/** Where story summaries are kept between runs: by the lead report's uid, under a key naming every input. */
export interface SummaryCache {
	get(leadUid: string, key: string): string | undefined;
	set(leadUid: string, key: string, summary: string): void;
}

/** An in-memory cache (for the app between refreshes, and for tests). */
export function memoryAnalysisCache(): AnalysisCache & {size: () => number} {
	const entries = new Map<string, ArticleAnalysis>();
	return {
		get: (uid, key) => entries.get(`${uid}\u0000${key}`),
		set: (uid, key, analysis) => void entries.set(`${uid}\u0000${key}`, analysis),
		size: () => entries.size,
	};
}

export {topicsFingerprint};

/** The cache key of an article's analysis: its content, the topic set, and whether quotes are included. */
export function analysisKey(article: Article, fingerprint: string, withQuotes: boolean): string {
	const content = shortHash([article.title, article.summary, article.content, article.language].join('\u0000'));
	return `${content}:${fingerprint}:${withQuotes ? 'q' : '-'}`;
}

export function analyzeArticle(
	article: Article,
	compiled: CompiledTopics,
	quoteAnalysis?: (article: Article) => QuoteAnalysis,
): ArticleAnalysis {
	const tokens = tokenizeArticle(article);
	const analysis: ArticleAnalysis = {
		features: articleFeatures(article, tokens),
		// The outlet's name and address let a headline's trailing outlet ("… - tagesschau.de") be told from its subject.
		topics: scoreTopics({title: article.title, body: articleBody(article), language: article.language, tokens, feedTitle: article.feedTitle, url: article.url}, compiled),
	};
	if (quoteAnalysis) analysis.quotes = quoteAnalysis(article);
	return analysis;
}
