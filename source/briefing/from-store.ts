// The briefing of what the store holds: read marks, last-seen times and the analysis cache wired in.

import type {Briefing} from '../model/briefing.js';
import type {Settings} from '../model/feed.js';
import type {TopicDefinition} from '../model/topic.js';
import type {ArticleStore} from '../store/article-store.js';
import type {AnalysisCache, ArticleAnalysis} from './analysis-cache.js';
import {buildBriefing} from './build.js';
import {quoteAnalysisOf} from './quotes.js';

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
	settings: Pick<Settings, 'storyWindowHours'>;
	/** "24h", "7d", "all"; default: 48 h ending at the newest article, widened to enough articles. */
	since?: string;
	topic?: string;
	/** Only stories with at least one unread article. */
	unreadOnly?: boolean;
	/** false: do not read or write the store's analysis cache (an in-memory --source store gains nothing). */
	cache?: false;
	/** Without quotes (faster); default: the quote engine runs on every article. */
	quotes?: boolean;
	now?: Date;
}

export function briefingFromStore(store: ArticleStore, options: StoreBriefingOptions): Briefing {
	const stored = store.articles();
	const read = new Set(stored.filter((article) => article.read).map((article) => article.uid));
	const briefing = buildBriefing(stored, {
		topics: options.topics,
		...(options.since === undefined ? {} : {since: options.since}),
		...(options.topic === undefined ? {} : {topic: options.topic}),
		...(options.now === undefined ? {} : {now: options.now}),
		readState: {read, lastSeen: (storyId) => store.storyLastSeen(storyId)},
		...(options.quotes === false ? {} : {quoteAnalysis: quoteAnalysisOf}),
		cluster: {windowHours: options.settings.storyWindowHours},
		...(options.cache === false ? {} : {cache: storeAnalysisCache(store)}),
	});
	if (!options.unreadOnly) return briefing;
	return {
		...briefing,
		topics: briefing.topics
			.map((topic) => ({...topic, stories: topic.stories.filter((story) => story.unread)}))
			.filter((topic) => topic.stories.length > 0),
	};
}
