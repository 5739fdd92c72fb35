// The briefing of what the store holds: articles, read state and cached analysis in, Briefing out.

import type {AnalysisCache, ArticleAnalysis} from './analysis-cache.js';
import {buildBriefing} from './build.js';
import {quoteAnalysisOf} from './quotes.js';
import type {Briefing} from '../model/briefing.js';
import type {Settings} from '../model/feed.js';
import type {TopicDefinition} from '../model/topic.js';
import type {ArticleStore} from '../store/article-store.js';

/** The store's analysis cache as the briefing's cache hook (one analyzer name per version of the analysis). */
export function storeAnalysisCache(store: ArticleStore): AnalysisCache {
	const analyzer = 'briefing-v1';
	return {
		get: (uid, key) => store.getAnalysis<ArticleAnalysis>(uid, analyzer, key),
		set: (uid, key, analysis) => store.putAnalysis(uid, analyzer, key, analysis),
	};
}

export interface StoreBriefingOptions {
	topics: TopicDefinition[];
	settings: Settings;
	since?: string;
	topic?: string;
	unreadOnly?: boolean;
	/** Defaults to the store's own analysis cache; an in-memory store (--source) gains nothing from it. */
	cache?: AnalysisCache | false;
}

export function briefingFromStore(store: ArticleStore, options: StoreBriefingOptions): Briefing {
	const stored = store.articles();
	const read = new Set(stored.filter(article => article.read).map(article => article.uid));
	const cache = options.cache === false ? undefined : (options.cache ?? storeAnalysisCache(store));
	const briefing = buildBriefing(stored, {
		topics: options.topics,
		...(options.since === undefined ? {} : {since: options.since}),
		...(options.topic === undefined ? {} : {topic: options.topic}),
		readState: {read, lastSeen: storyId => store.storyLastSeen(storyId)},
		quoteAnalysis: quoteAnalysisOf,
		cluster: {windowHours: options.settings.storyWindowHours},
		...(cache ? {cache} : {}),
	});
	if (!options.unreadOnly) return briefing;
	// Unread only: stories keep their place but lose what was read; a story with nothing unread goes.
	return {
		...briefing,
		topics: briefing.topics
			.map(topic => ({...topic, stories: topic.stories.filter(story => story.unread)}))
			.filter(topic => topic.stories.length > 0),
	};
}
