// Builds Article values for store tests.

import {createHash} from 'node:crypto';
import type {Article} from '../../source/model/article.js';
import type {FeedState} from '../../source/model/feed.js';

export function makeArticle(feedUrl: string, itemId: string, fields: Partial<Article> = {}): Article {
	return {
		uid: createHash('sha1').update(`${feedUrl}\n${itemId}`).digest('hex').slice(0, 16),
		itemId,
		feedUrl,
		feedTitle: 'Test Feed',
		url: `https://example.org/${itemId}`,
		title: `Title ${itemId}`,
		author: '',
		published: '2026-11-20T10:00:00.000Z',
		publishedEstimated: false,
		summary: `Summary of ${itemId}`,
		content: `Content of ${itemId}`,
		language: 'en',
		fetchedAt: '2026-11-20T10:05:00.000Z',
		...fields,
	};
}

export function okState(url: string, fields: Partial<FeedState> = {}): FeedState {
	return {
		url,
		status: 'ok',
		error: '',
		lastFetch: '2026-11-20T10:05:00.000Z',
		lastSuccess: '2026-11-20T10:05:00.000Z',
		etag: null,
		lastModified: null,
		articleCount: 0,
		...fields,
	};
}

/** Stores articles feed by feed, as a refresh does (the store is the built one or the source one: only commitFeed is used). */
export function commitByFeed(store: {commitFeed(state: FeedState, articles: Article[]): unknown}, articles: readonly Article[]): void {
	const byFeed = new Map<string, Article[]>();
	for (const article of articles) byFeed.set(article.feedUrl, [...(byFeed.get(article.feedUrl) ?? []), article]);
	for (const [url, list] of byFeed) store.commitFeed(okState(url), list);
}
