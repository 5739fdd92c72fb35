// A tiny in-memory RefreshStore for the feed tests (the real SQLite store is tested elsewhere).

import type {Article} from '../../source/model/article.js';
import type {FeedState} from '../../source/model/feed.js';
import type {RefreshStore} from '../../source/model/refresh.js';

export class MemoryStore implements RefreshStore {
	readonly states = new Map<string, FeedState>();
	readonly articles = new Map<string, Article>();
	readonly commits: Array<{state: FeedState; articles: Article[]}> = [];

	getFeedState(url: string): FeedState | undefined {
		return this.states.get(url);
	}

	validatedFeedUrls(): Set<string> {
		return new Set([...this.states.values()].filter((state) => state.etag !== null || state.lastModified !== null).map((state) => state.url));
	}

	commitFeed(state: FeedState, articles: Article[]): number {
		this.commits.push({state, articles});
		this.states.set(state.url, state);
		let added = 0;
		for (const article of articles) {
			if (this.articles.has(article.uid)) continue;
			this.articles.set(article.uid, article);
			added++;
		}
		return added;
	}

	articlesOf(feedUrl: string): Article[] {
		return [...this.articles.values()].filter((article) => article.feedUrl === feedUrl);
	}
}
