// The SQLite store: one database, its parts — feed state, articles, read and star marks, full-text search, analysis
// cache and snapshots — each in its own module; ArticleStore holds them and answers for them, so callers see one store.

import path from 'node:path';
import type Database from 'better-sqlite3';
import type {Article, ArticleLink} from '../model/article.js';
import type {FeedState} from '../model/feed.js';
import type {FeedCommit, FeedHold, RefreshStore} from '../model/refresh.js';
import {AnalysisCache} from './analysis-cache.js';
import {type ArticleQuery, Articles, type ArticleTime, type Arrival, type RetentionResult, type StoredArticle} from './articles.js';
import {FeedStates} from './feed-states.js';
import {type FeedMarked, type FeedReadCount, Marks, type ReadCounts} from './marks.js';
import {type OpenStoreOptions, openReadOnlyStore, openWritableStore} from './open-database.js';
import {type SearchHit, SearchIndex} from './search-index.js';
import {Snapshots} from './snapshots.js';

export type {ArticleQuery, ArticleTime, FeedMarked, FeedReadCount, OpenStoreOptions, ReadCounts, RetentionResult, SearchHit, StoredArticle};

/** The store's parts, over its one database. */
export interface StoreParts {
	feedStates: FeedStates;
	articles: Articles;
	marks: Marks;
	searchIndex: SearchIndex;
	analysisCache: AnalysisCache;
	snapshots: Snapshots;
}

export class ArticleStore implements RefreshStore {
	readonly db: Database.Database;
	readonly file: string;
	/** Opened with `readOnly`: cache writes are skipped, other writes fail. */
	readonly readOnly: boolean;
	readonly parts: StoreParts;

	/** Opens (and creates or migrates) the store; `':memory:'` gives a private in-memory store. */
	constructor(file: string, options: OpenStoreOptions = {}) {
		this.file = file;
		this.readOnly = options.readOnly === true && file !== ':memory:';
		this.db = this.readOnly ? openReadOnlyStore(file) : openWritableStore(file, options);
		const feedStates = new FeedStates(this.db, file);
		this.parts = {
			feedStates,
			articles: new Articles(this.db, feedStates),
			marks: new Marks(this.db),
			searchIndex: new SearchIndex(this.db),
			analysisCache: new AnalysisCache(this.db, this.readOnly),
			snapshots: new Snapshots(this.db, this.readOnly),
		};
	}

	close(): void {
		if (this.db.open) {
			try {
				// Closed within a refresh (an interrupt between two commits): its rows are indexed first.
				this.parts.articles.flushIndex();
			} finally {
				this.db.close();
			}
		}
	}

	// --- RefreshStore and feeds: FeedStates, the commits: Articles ------------------------------

	getFeedState(url: string): (FeedState & {title: string}) | undefined {
		return this.parts.feedStates.getFeedState(url);
	}

	commitFeed(state: FeedState, articles: Article[]): number {
		return this.parts.articles.commitFeed(state, articles);
	}

	commitFeeds(commits: readonly FeedCommit[]): Array<number | Error> {
		return this.parts.articles.commitFeeds(commits);
	}

	validatedFeedUrls(): Set<string> {
		return this.parts.feedStates.validatedFeedUrls();
	}

	refreshHolds(): Map<string, FeedHold> {
		return this.parts.feedStates.refreshHolds();
	}

	feedStates(): Array<FeedState & {title: string}> {
		return this.parts.feedStates.feedStates();
	}

	/** The refresh lock; while it is held, the commits' index entries wait for its release (Articles.deferIndexing). */
	lockRefresh(): () => void {
		const release = this.parts.feedStates.lockRefresh();
		this.parts.articles.deferIndexing();
		return () => {
			try {
				this.parts.articles.flushIndex();
			} finally {
				release();
			}
		};
	}

	/**
	 * A poll for "changed since you last looked" (walk 13 #256): equal stamps, no article and no feed's state changed
	 * between the two reads, in any process. Two one-row reads. (FeedStates.changeStamp)
	 */
	changeStamp(): string {
		return this.parts.feedStates.changeStamp();
	}

	/** The pid of another live process refreshing this store now (the refresh lock), else undefined. */
	refreshingElsewhere(): number | undefined {
		return this.parts.feedStates.refreshingElsewhere();
	}

	moveFeed(from: string, to: string): boolean {
		return this.parts.feedStates.moveFeed(from, to);
	}

	setFeedTitle(url: string, title: string): void {
		this.parts.feedStates.setFeedTitle(url, title);
	}

	removeFeed(url: string): number {
		return this.parts.feedStates.removeFeed(url);
	}

	forgetPurged(feedUrls: readonly string[]): void {
		this.parts.feedStates.forgetPurged(feedUrls);
	}

	// --- articles and retention: Articles ---------------------------------------------------------

	articles(query: ArticleQuery = {}): StoredArticle[] {
		return this.parts.articles.articles(query);
	}

	articleTimes(): ArticleTime[] {
		return this.parts.articles.articleTimes();
	}

	articlesByUid(uids: readonly string[]): StoredArticle[] {
		return this.parts.articles.articlesByUid(uids);
	}

	contentVersion(): string {
		return this.parts.articles.contentVersion();
	}

	article(uid: string): StoredArticle | undefined {
		return this.parts.articles.article(uid);
	}

	sameAs(uid: string): string[] {
		return this.parts.articles.sameAs(uid);
	}

	newestPublished(): string | null {
		return this.parts.articles.newestPublished();
	}

	count(): number {
		return this.parts.articles.count();
	}

	/** Whether any stored article came from a fetched feed rather than the bundled snapshots. */
	holdsFetchedArticles(): boolean {
		return this.parts.articles.holdsFetchedArticles();
	}

	/** The page's text (reader's F) and its links, which replace the feed's from then on. */
	setFullText(uid: string, text: string, links: readonly ArticleLink[] = []): boolean {
		return this.parts.articles.setFullText(uid, text, links);
	}

	setRefreshWindow(days: number | null, now = new Date()): void {
		this.parts.articles.setRefreshWindow(days, now);
	}

	takeSkippedOld(): number {
		return this.parts.articles.takeSkippedOld();
	}

	takeReturned(): number {
		return this.parts.articles.takeReturned();
	}

	applyRetention(days: number, now = new Date()): RetentionResult {
		return this.parts.articles.applyRetention(days, now);
	}

	// --- read, star and seen marks: Marks --------------------------------------------------------

	readUids(): Set<string> {
		return this.parts.marks.readUids();
	}

	/** Stored and unread articles per feed URL, and in all with copies of one address counted once (Marks.readCounts). */
	readCounts(): ReadCounts {
		return this.parts.marks.readCounts();
	}

	markRead(uids: readonly string[], read = true, at = new Date().toISOString()): void {
		this.parts.marks.markRead(uids, read, at);
	}

	/** How many of the feed's stored articles are unread, all of them. */
	feedUnreadCount(url: string): number {
		return this.parts.marks.feedUnreadCount(url);
	}

	/** Marks the whole feed read with the copies of its articles (Marks.markFeedRead); markRead(uids, false) undoes it. */
	markFeedRead(url: string, at = new Date().toISOString()): FeedMarked {
		return this.parts.marks.markFeedRead(url, at);
	}

	setStarred(uids: readonly string[], starred = true, at = new Date().toISOString()): void {
		this.parts.marks.setStarred(uids, starred, at);
	}

	starred(): StoredArticle[] {
		return this.parts.marks.starred();
	}

	arrivalTimes(uids: readonly string[]): Map<string, Arrival> {
		return this.parts.articles.arrivalTimes(uids);
	}

	storyLastSeen(storyId: string): string | undefined {
		return this.parts.marks.storyLastSeen(storyId);
	}

	markStoriesSeen(storyIds: readonly string[], at = new Date().toISOString()): void {
		this.parts.marks.markStoriesSeen(storyIds, at);
	}

	storiesLastSeen(): Map<string, string> {
		return this.parts.marks.storiesLastSeen();
	}

	// --- full-text search: SearchIndex ------------------------------------------------------------

	search(text: string, options: {limit?: number; mark?: [string, string]} = {}): SearchHit[] {
		return this.parts.searchIndex.search(text, options);
	}

	// --- analysis cache: AnalysisCache ------------------------------------------------------------

	getAnalysis<T>(uid: string, analyzer: string, contentHash: string): T | undefined {
		return this.parts.analysisCache.getAnalysis<T>(uid, analyzer, contentHash);
	}

	analysesOf(uids: readonly string[], analyzer: string): Map<string, {contentHash: string; result: string}> {
		return this.parts.analysisCache.analysesOf(uids, analyzer);
	}

	analyzersNamed(prefix: string): string[] {
		return this.parts.analysisCache.analyzersNamed(prefix);
	}

	quoteAnalysesOf(uids: readonly string[], prefix: string): Map<string, Array<{analyzer: string; contentHash: string; quotes: string | null}>> {
		return this.parts.analysisCache.quoteAnalysesOf(uids, prefix);
	}

	analysisCount(uids: readonly string[], analyzer: string): number {
		return this.parts.analysisCache.analysisCount(uids, analyzer);
	}

	putAnalyses(analyzer: string, entries: ReadonlyArray<{uid: string; contentHash: string; result: unknown}>, chunk = 500): void {
		this.parts.analysisCache.putAnalyses(analyzer, entries, chunk);
	}

	putAnalysis(uid: string, analyzer: string, contentHash: string, result: unknown): void {
		this.parts.analysisCache.putAnalysis(uid, analyzer, contentHash, result);
	}

	// --- snapshots of computed results: Snapshots -------------------------------------------------

	getSnapshot<T>(name: string, inputKey: string): T | undefined {
		return this.parts.snapshots.getSnapshot<T>(name, inputKey);
	}

	snapshotInputKey(name: string): string | undefined {
		return this.parts.snapshots.snapshotInputKey(name);
	}

	latestSnapshot<T>(name: string): {inputKey: string; result: T} | undefined {
		return this.parts.snapshots.latestSnapshot<T>(name);
	}

	putSnapshot(name: string, inputKey: string, result: unknown): void {
		this.parts.snapshots.putSnapshot(name, inputKey, result);
	}

	putSnapshotBytes(name: string, inputKey: string, bytes: Uint8Array): void {
		this.parts.snapshots.putSnapshotBytes(name, inputKey, bytes);
	}

	dropSnapshotPiecesAbove(name: string, pieces: number): void {
		this.parts.snapshots.dropSnapshotPiecesAbove(name, pieces);
	}

	getSnapshotBytes(name: string, inputKey: string): Buffer | undefined {
		return this.parts.snapshots.getSnapshotBytes(name, inputKey);
	}
}

/** Opens the store file inside a lagebild home directory. */
export function openStore(home: string): ArticleStore {
	return new ArticleStore(path.join(home, 'lagebild.db'));
}
