// AppServices over in-memory data built from real fixture feeds, for UI tests; records the calls it gets.

import {readFile, writeFile} from 'node:fs/promises';
import type {Article} from '../../source/model/article.js';
import type {Briefing} from '../../source/model/briefing.js';
import type {BriefingProgress} from '../../source/model/briefing-progress.js';
import {defaultSettings, type FeedConfig, type FeedState, type Settings} from '../../source/model/feed.js';
import type {FeedRefreshResult, RefreshProgress, RefreshSummary} from '../../source/model/refresh.js';
import type {TopicDefinition} from '../../source/model/topic.js';
import type {
	AppServices, BriefingFilter, FeedArticle, FeedRow, OpmlImportResult, ReadCounts, RefreshTarget, SearchHit, StarredArticle,
} from '../../source/services/app-services.js';
import type {FixtureFeed} from './fixture-articles.js';
import {buildBriefing} from '../../source/briefing/build.js';
import {isNewReport, reportArrival} from '../../source/briefing/rank.js';
import {memoryAnalysisCache} from '../../source/briefing/analysis-cache.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';
import {peopleInWindow, type PeopleInWindow, type PeopleWindowName} from '../../source/briefing/people-window.js';
import {ArticleStore} from '../../source/store/article-store.js';

export interface MemoryServicesOptions {
	topics?: TopicDefinition[];
	settings?: Partial<Settings>;
	keymapOverrides?: Record<string, string[]>;
	/** Feed URLs whose refresh fails with this message. */
	failing?: Record<string, string>;
	/** Stories (by id) seen in an earlier session, and when: as markSeen leaves them. */
	seen?: Record<string, string>;
}

export interface Call {
	name: string;
	args: unknown[];
}

const tick = async () => new Promise(resolve => {
	setTimeout(resolve, 1);
});

export class MemoryServices implements AppServices {
	readonly calls: Call[] = [];
	readonly articles = new Map<string, Article>();
	readonly read = new Set<string>();
	readonly starred = new Set<string>();
	/** When each story (by id) was last seen, as the store keeps it: a story with an unread report that arrived later is new (+). */
	readonly storiesSeen: Map<string, string>;
	feeds: FeedConfig[];
	states = new Map<string, FeedState>();
	topics: TopicDefinition[];
	/** Started with --offline (a test sets it): refresh fetches nothing, as the store's services. */
	offline: () => boolean = () => false;
	/** Whether the store holds news of feeds ever fetched (a test sets it; the fixtures stand in for the snapshots). */
	fetchedNews = false;
	/** Articles the next refresh "finds". */
	pending: Article[] = [];
	private lastBriefing: Briefing | undefined;
	private readonly cache = memoryAnalysisCache();
	private readonly windows = new Map<string, PeopleInWindow>();
	private readonly options: MemoryServicesOptions;

	constructor(fixtures: FixtureFeed[], topics: TopicDefinition[], options: MemoryServicesOptions = {}) {
		this.options = options;
		this.topics = options.topics ?? topics;
		this.storiesSeen = new Map(Object.entries(options.seen ?? {}));
		this.feeds = fixtures.map(feed => ({url: feed.url, title: feed.title, tags: ['news'], enabled: true}));
		for (const feed of fixtures) {
			for (const article of feed.articles) {
				this.articles.set(article.uid, article);
			}

			this.states.set(feed.url, {
				url: feed.url, status: 'ok', error: '', lastFetch: '2026-01-01T00:00:00.000Z', lastSuccess: '2026-01-01T00:00:00.000Z',
				etag: null, lastModified: null, articleCount: feed.articles.length,
			});
		}
	}

	private log(name: string, ...args: unknown[]) {
		this.calls.push({name, args});
	}

	callsOf(name: string): unknown[][] {
		return this.calls.filter(call => call.name === name).map(call => call.args);
	}

	async getBriefing(filter: BriefingFilter): Promise<Briefing> {
		this.log('getBriefing', filter);
		// The product's own builder and quote engine over every fixture article ("all": the fixtures span years).
		const briefing = buildBriefing([...this.articles.values()], {
			topics: this.topics,
			since: 'all',
			now: new Date('2022-07-28T12:00:00.000Z'),
			readState: {read: this.read, lastSeen: this.storiesSeen},
			quoteAnalysis: quoteAnalysisOf,
			cache: this.cache,
		});
		this.lastBriefing = filter.unreadOnly
			? {...briefing, topics: briefing.topics.map(topic => ({...topic, stories: topic.stories.filter(story => story.unread)})).filter(topic => topic.stories.length > 0)}
			: briefing;
		return this.lastBriefing;
	}

	async getArticle(uid: string): Promise<Article | undefined> {
		this.log('getArticle', uid);
		return this.articles.get(uid);
	}

	async markRead(uids: string[], read: boolean): Promise<void> {
		this.log('markRead', uids, read);
		for (const uid of uids) {
			if (read) {
				this.read.add(uid);
			} else {
				this.read.delete(uid);
			}
		}
	}

	async isRead(uid: string): Promise<boolean> {
		return this.read.has(uid);
	}

	/** As the store counts them: per feed each article, in all the copies of one address once (unread while any is). */
	async readCounts(): Promise<ReadCounts> {
		this.log('readCounts');
		const feeds = new Map<string, {stored: number; unread: number}>();
		const byAddress = new Map<string, boolean>();
		for (const article of this.articles.values()) {
			const unread = !this.read.has(article.uid);
			const counts = feeds.get(article.feedUrl) ?? {stored: 0, unread: 0};
			feeds.set(article.feedUrl, {stored: counts.stored + 1, unread: counts.unread + (unread ? 1 : 0)});
			const address = article.url || article.uid;
			byAddress.set(address, (byAddress.get(address) ?? false) || unread);
		}

		return {feeds, stored: byAddress.size, unread: [...byAddress.values()].filter(Boolean).length};
	}

	/** Moves when a test changes the articles as another process would (`changedElsewhere`). */
	stamp = 0;
	refreshingElsewhere = false;
	async storeChange(): Promise<{stamp: string; refreshing: boolean}> {
		return {stamp: String(this.stamp), refreshing: this.refreshingElsewhere};
	}

	async removeFeeds(urls: readonly string[]): Promise<void> {
		this.log('removeFeeds', urls);
		this.feeds = this.feeds.filter(feed => !urls.includes(feed.url));
	}

	async feedUnreadCount(url: string): Promise<number> {
		this.log('feedUnreadCount', url);
		return [...this.articles.values()].filter(article => article.feedUrl === url && !this.read.has(article.uid)).length;
	}

	/** The feed's unread articles and their unread copies (same address) in other feeds, as the store marks them. */
	async markFeedRead(url: string): Promise<{count: number; uids: string[]}> {
		this.log('markFeedRead', url);
		const own = [...this.articles.values()].filter(article => article.feedUrl === url && !this.read.has(article.uid));
		const addresses = new Set(own.map(article => article.url).filter(Boolean));
		const copies = [...this.articles.values()].filter(article => article.feedUrl !== url && addresses.has(article.url) && !this.read.has(article.uid));
		const uids = [...own, ...copies].map(article => article.uid);
		for (const uid of uids) this.read.add(uid);
		return {count: own.length, uids};
	}

	async toggleStar(uid: string): Promise<boolean> {
		this.log('toggleStar', uid);
		if (this.starred.has(uid)) {
			this.starred.delete(uid);
			return false;
		}

		this.starred.add(uid);
		return true;
	}

	private storyOf(uid: string): {id: string; headline: string} | undefined {
		for (const topic of this.lastBriefing?.topics ?? []) {
			const story = topic.stories.find(candidate => candidate.articles.some(article => article.id === uid));
			if (story) {
				return {id: story.id, headline: story.headline};
			}
		}

		return undefined;
	}

	/** The product's own window over an in-memory store of the fixture articles, at the briefing's fixed now. */
	async peopleWindow(window: Exclude<PeopleWindowName, 'briefing'>, onProgress?: (done: number, total: number) => void): Promise<PeopleInWindow> {
		this.log('peopleWindow', window);
		// The fixtures do not change within a test: one gathering per window (the quote engine runs in this thread).
		const known = this.windows.get(window);
		if (known) return known;
		const store = new ArticleStore(':memory:');
		try {
			for (const feed of this.feeds) {
				const articles = [...this.articles.values()].filter(article => article.feedUrl === feed.url);
				store.commitFeed({...this.states.get(feed.url)!, articleCount: articles.length}, articles);
			}

			await tick();
			const result = peopleInWindow(store, {window, now: new Date('2022-07-28T12:00:00.000Z'), quoteEngine: quoteAnalysisOf, ...(onProgress ? {onProgress} : {})});
			this.windows.set(window, result);
			return result;
		} finally {
			store.close();
		}
	}

	async listStarred(): Promise<StarredArticle[]> {
		return [...this.starred].flatMap(uid => {
			const article = this.articles.get(uid);
			return article ? [{id: uid, title: article.title, url: article.url, feed: article.feedTitle, published: article.published, storyId: this.storyOf(uid)?.id}] : [];
		});
	}

	async search(query: string): Promise<SearchHit[]> {
		this.log('search', query);
		const needle = query.toLowerCase();
		const hits: SearchHit[] = [];
		for (const article of this.articles.values()) {
			const haystack = `${article.title}\n${article.content}`.toLowerCase();
			const at = haystack.indexOf(needle);
			if (at >= 0) {
				const story = this.storyOf(article.uid);
				hits.push({
					article: {id: article.uid, title: article.title, url: article.url, feed: article.feedTitle, published: article.published},
					storyId: story?.id,
					storyHeadline: story?.headline,
					snippet: `${article.title}\n${article.content}`.slice(Math.max(0, at - 30), at + 60),
					read: this.read.has(article.uid),
				});
			}
		}

		return hits.sort((a, b) => b.article.published.localeCompare(a.article.published));
	}

	async holdsFetchedNews(): Promise<boolean> {
		return this.fetchedNews;
	}

	async listFeeds(): Promise<FeedRow[]> {
		return this.feeds.map(config => ({config: {...config, tags: [...config.tags]}, state: this.states.get(config.url)}));
	}

	async addFeed(feed: FeedConfig): Promise<void> {
		this.log('addFeed', feed);
		if (this.feeds.some(candidate => candidate.url === feed.url)) {
			throw new Error('feed exists');
		}

		this.feeds.push(feed);
	}

	async removeFeed(url: string): Promise<void> {
		this.log('removeFeed', url);
		this.feeds = this.feeds.filter(feed => feed.url !== url);
	}

	async updateFeed(url: string, changes: Partial<Pick<FeedConfig, 'title' | 'tags'>>): Promise<void> {
		this.log('updateFeed', url, changes);
		this.feeds = this.feeds.map(feed => (feed.url === url ? {...feed, ...changes} : feed));
	}

	async setEnabled(url: string, enabled: boolean): Promise<void> {
		this.log('setEnabled', url, enabled);
		this.feeds = this.feeds.map(feed => (feed.url === url ? {...feed, enabled} : feed));
	}

	async importOpml(path: string): Promise<OpmlImportResult> {
		this.log('importOpml', path);
		const text = await readFile(path, 'utf8');
		let added = 0;
		let skipped = 0;
		for (const match of text.matchAll(/<outline\b[^>]*\bxmlUrl="([^"]+)"[^>]*>/g)) {
			const url = match[1]!;
			const title = /\btext="([^"]*)"/.exec(match[0])?.[1] ?? url;
			if (this.feeds.some(feed => feed.url === url)) {
				skipped++;
			} else {
				this.feeds.push({url, title, tags: [], enabled: true});
				added++;
			}
		}

		return {added, skipped};
	}

	async exportOpml(path: string): Promise<number> {
		this.log('exportOpml', path);
		const outlines = this.feeds.map(feed => `<outline type="rss" text="${feed.title}" xmlUrl="${feed.url}"/>`).join('\n');
		await writeFile(path, `<?xml version="1.0"?>\n<opml version="2.0"><body>\n${outlines}\n</body></opml>\n`);
		return this.feeds.length;
	}

	async refresh(target: RefreshTarget, onProgress: (progress: RefreshProgress) => void): Promise<RefreshSummary> {
		this.log('refresh', target);
		// As the store's services: --offline fetches nothing.
		if (this.offline()) return {results: [], ok: 0, notModified: 0, failed: 0, newArticles: 0, durationMs: 0};
		const feeds = this.feeds.filter(feed => feed.enabled && (!target.feedUrl || feed.url === target.feedUrl));
		const results: FeedRefreshResult[] = [];
		let failed = 0;
		for (const feed of feeds) {
			await tick();
			const error = this.options.failing?.[feed.url];
			const result: FeedRefreshResult = {
				url: feed.url, title: feed.title, outcome: error ? 'error' : 'not-modified', error: error ?? '', newArticles: 0, items: 0, durationMs: 1,
			};
			if (error) {
				failed++;
				this.states.set(feed.url, {...this.states.get(feed.url)!, status: 'error', error});
			}

			results.push(result);
			onProgress({done: results.length, total: feeds.length, failed, last: result});
		}

		const fresh = this.pending;
		this.pending = [];
		for (const article of fresh) {
			this.articles.set(article.uid, article);
		}

		if (fresh.length > 0) this.windows.clear();

		return {results, ok: 0, notModified: feeds.length - failed, failed, newArticles: fresh.length, durationMs: feeds.length};
	}

	async fetchFullText(uid: string): Promise<Article> {
		this.log('fetchFullText', uid);
		const article = this.articles.get(uid);
		if (!article) {
			throw new Error('no such article');
		}

		const full = {...article, content: `${article.summary}\n\nFULL TEXT PARAGRAPH for ${article.title}.`};
		this.articles.set(uid, full);
		return full;
	}

	async listTopics(): Promise<TopicDefinition[]> {
		return this.topics.map(topic => ({...topic, terms: [...topic.terms]}));
	}

	async saveTopics(topics: TopicDefinition[]): Promise<void> {
		this.log('saveTopics', topics);
		this.topics = topics;
	}

	async openUrl(url: string): Promise<void> {
		this.log('openUrl', url);
	}

	settings(): Settings {
		return {...defaultSettings, ...this.options.settings};
	}

	retentionDays(): number {
		return this.settings().retentionDays;
	}

	keymapOverrides(): Record<string, string[]> {
		return this.options.keymapOverrides ?? {};
	}

	// The parts of AppServices a test only needs now and then: plain versions here, fuller ones in the tests' subclasses.

	/** No briefing computed before this run: the app computes the first one (tests of the cached start override it). */
	async cachedBriefing(_filter: BriefingFilter): Promise<{briefing: Briefing; fresh: boolean} | undefined> {
		return undefined;
	}

	/** getBriefing here reports no progress; the listener is kept for nothing. */
	onBriefingProgress(_listener: (progress: BriefingProgress) => void): () => void {
		return () => undefined;
	}

	/** getBriefing here returns the whole briefing at once: no later ones. */
	onBriefingUpdate(_listener: (briefing: Briefing) => void): () => void {
		return () => undefined;
	}

	async storyNews(storyId: string, uids: readonly string[]): Promise<string[]> {
		this.log('storyNews', storyId, uids);
		const seen = Date.parse(this.storiesSeen.get(storyId) ?? '');
		if (!Number.isFinite(seen)) return [];
		// The store's and the list's rule, not a copy of it, with the read marks as they are when asked.
		return uids.filter(uid => {
			const article = this.articles.get(uid);
			return article !== undefined && isNewReport(reportArrival(article), seen, this.read.has(uid));
		});
	}

	async markSeen(storyIds: string[], at: string): Promise<void> {
		this.log('markSeen', storyIds, at);
		for (const id of storyIds) {
			this.storiesSeen.set(id, at);
		}
	}

	/** A feed's articles, newest first, with their read marks, as the store answers them. */
	async feedArticles(url: string): Promise<FeedArticle[]> {
		this.log('feedArticles', url);
		return [...this.articles.values()]
			.filter(article => article.feedUrl === url)
			.sort((a, b) => Date.parse(b.published) - Date.parse(a.published))
			.map(article => ({article: {id: article.uid, title: article.title, url: article.url, feed: article.feedTitle, published: article.published}, read: this.read.has(article.uid)}));
	}

	configProblem(): {file: string; problem: string} | undefined {
		return undefined;
	}
}
