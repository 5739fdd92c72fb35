// The store's full-text search: what a person types (fts-query.ts), a name's other spellings, feed filters, CJK words.

import type Database from 'better-sqlite3';
import {cjkRuns, hasCjk} from '../text/cjk.js';
import {cjkSnippet} from './cjk-bigrams.js';
import {buildFtsQuery, feedMatches, type FeedFilter, NoFeedMatchError, parseSearch, type SearchTerm, searchWords, titleColumns} from './fts-query.js';
import {indexedBody} from './indexed-body.js';
import {spellingVariants} from './search-spellings.js';

export interface SearchHit {
	uid: string;
	title: string;
	feedTitle: string;
	feedUrl: string;
	url: string;
	published: string;
	/** A few words around the match; matched words are wrapped in the `mark` strings. */
	snippet: string;
	/** Other feeds that carry the same article (same address): listed once, under its best-ranked copy. */
	alsoIn?: Array<{feedTitle: string; feedUrl: string}>;
}

interface SearchRow {
	uid: string;
	title: string;
	feed_title: string;
	feed_url: string;
	url: string;
	canonical_url: string | null;
	published: string;
	snippet: string;
}

/** The rows a search keeps by feed: only those of @feeds (a JSON list; null: any), none of @notFeeds. */
const feedCondition = `AND (@feeds IS NULL OR a.feed_url IN (SELECT value FROM json_each(@feeds)))
	AND (@notFeeds IS NULL OR a.feed_url NOT IN (SELECT value FROM json_each(@notFeeds)))`;

/** A few words of a text for a hit found by its feed alone, as long as FTS5's snippets (12 tokens). */
function leadWords(text: string): string {
	const words = text.split(/\s+/u).filter(Boolean);
	return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : words.join(' ');
}

function prepare(db: Database.Database) {
	const prepare = (sql: string): Database.Statement => db.prepare(sql);
	return {
		search: prepare(`SELECT a.uid, a.title, a.feed_title, a.feed_url, a.url, a.canonical_url, a.published,
				snippet(articles_fts, -1, @before, @after, '…', 12) AS snippet
			FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
			WHERE articles_fts MATCH @query ${feedCondition}
			ORDER BY a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @titleQuery) DESC, a.published_ms DESC
			LIMIT @limit`),
		// A search of feed filters alone (`feed:tagesschau`): the feeds' newest articles, the summary's start as snippet.
		searchFeeds: prepare(`SELECT a.uid, a.title, a.feed_title, a.feed_url, a.url, a.canonical_url, a.published,
				substr(CASE WHEN a.summary != '' THEN a.summary ELSE a.content END, 1, 200) AS snippet
			FROM articles a WHERE 1 ${feedCondition}
			ORDER BY a.published_ms DESC
			LIMIT @limit`),
		feedNames: prepare('SELECT url, title FROM feeds').raw(),
		searchText: prepare('SELECT summary, content FROM articles WHERE uid = ?').raw(),
	};
}

export class SearchIndex {
	private readonly statements: ReturnType<typeof prepare>;

	constructor(private readonly db: Database.Database) {
		this.statements = prepare(db);
	}

	/**
	 * Full-text search over title, summary and body; user text is never interpreted as FTS syntax. A name finds
	 * its other spellings too (Selenskyj: Selenskij, Zelensky), listed after every hit of the spelling typed.
	 * `feed:words` keeps to the feeds whose title or address holds the words (`-feed:` leaves them out; several
	 * `feed:` are either); alone it lists those feeds' newest articles. Throws NoFeedMatchError when a feed filter
	 * names no stored feed.
	 */
	search(text: string, options: {limit?: number; mark?: [string, string]} = {}): SearchHit[] {
		const parsed = parseSearch(text);
		const limit = options.limit ?? 50;
		const feeds = this.searchFeeds(parsed.feeds);
		const query = buildFtsQuery(text);
		if (query === undefined) {
			// Feed filters alone list those feeds' newest articles; only -feed: ones, every other feed's.
			return feeds.feeds === null && feeds.notFeeds === null ? [] : this.searchRows(limit, fetch => this.statements.searchFeeds.all({...feeds, limit: fetch}) as SearchRow[])
				.map(({key: _key, ...hit}) => ({...hit, snippet: leadWords(hit.snippet)}));
		}

		const hits = this.withCjkSnippets(parsed.terms, this.searchQuery(query, limit, options.mark, feeds), options.mark);
		if (hits.length >= limit) {
			return hits.map(({key: _key, ...hit}) => hit);
		}

		const spellings = new Map<string, string[]>();
		for (const {word, prefix} of searchWords(text)) {
			const variants = prefix || hasCjk(word) ? [] : spellingVariants(this.db, word);
			if (variants.length > 0) {
				spellings.set(word, variants);
			}
		}

		if (spellings.size === 0) {
			return hits.map(({key: _key, ...hit}) => hit);
		}

		const found = new Set(hits.map(hit => hit.key));
		const wider = this.withCjkSnippets(parsed.terms, this.searchQuery(buildFtsQuery(text, spellings)!, limit, options.mark, feeds), options.mark).filter(hit => !found.has(hit.key));
		return [...hits, ...wider].slice(0, limit).map(({key: _key, ...hit}) => hit);
	}

	/**
	 * A search for CJK words: each hit's snippet around the first of them in its text, since FTS5's would quote the
	 * index's pairs of characters. Other searches' snippets are kept.
	 */
	private withCjkSnippets<T extends SearchHit>(terms: readonly SearchTerm[], hits: T[], mark: [string, string] = ['[', ']']): T[] {
		const words = terms.filter(term => !term.exclude).flatMap(term => cjkRuns(term.word));
		if (words.length === 0) return hits;
		return hits.map(hit => {
			const [summary, content] = (this.statements.searchText.get(hit.uid) as [string, string] | undefined) ?? ['', ''];
			// A hit found by its other words ("Merz OR 北京") keeps FTS5's snippet and its marks.
			const snippet = cjkSnippet(indexedBody(summary, content), words, mark);
			return snippet === undefined ? hit : {...hit, snippet};
		});
	}

	/** The feed addresses a search's feed filters keep and leave out (JSON lists for the statements; null: no filter). */
	private searchFeeds(filters: readonly FeedFilter[]): {feeds: string | null; notFeeds: string | null} {
		if (filters.length === 0) return {feeds: null, notFeeds: null};
		const named = this.statements.feedNames.all() as Array<[string, string]>;
		const kept = new Set<string>();
		const left = new Set<string>();
		for (const filter of filters) {
			const urls = named.filter(([url, title]) => feedMatches(filter, title, url)).map(([url]) => url);
			if (urls.length === 0) throw new NoFeedMatchError(filter.typed);
			for (const url of urls) (filter.exclude ? left : kept).add(url);
		}

		const hasInclude = filters.some(filter => !filter.exclude);
		return {feeds: hasInclude ? JSON.stringify([...kept]) : null, notFeeds: left.size > 0 ? JSON.stringify([...left]) : null};
	}

	/**
	 * One hit per article address (an item carried by two feeds is one article), the best-ranked copy with the
	 * other copies' feeds in alsoIn. Copies take rows of the LIMIT, so a short page is read again, wider.
	 */
	private searchQuery(query: string, limit: number, mark: [string, string] = ['[', ']'], feeds: {feeds: string | null; notFeeds: string | null} = {feeds: null, notFeeds: null}): Array<SearchHit & {key: string}> {
		const [before, after] = mark;
		return this.searchRows(limit, fetch => this.statements.search.all({
			query,
			// Hits with every word in the headline first, then the rest; each newest first. By rank (bm25) the
			// reports of a running story came in no order of time: 22.11., 25.11., 21.11., 26.11. for "Kimmel".
			titleQuery: `${titleColumns} : (${query})`,
			before,
			after,
			limit: fetch,
			...feeds,
		}) as SearchRow[]);
	}

	/** Reads rows until `limit` articles are found or no more rows come, folding copies of one address into one hit. */
	private searchRows(limit: number, read: (fetch: number) => SearchRow[]): Array<SearchHit & {key: string}> {
		for (let fetch = limit + 8; ; fetch *= 4) {
			const rows = read(fetch);
			const byKey = new Map<string, SearchHit & {key: string}>();
			for (const row of rows) {
				// An item without an address is its own article.
				const key = row.canonical_url ? `url:${row.canonical_url}` : `uid:${row.uid}`;
				const first = byKey.get(key);
				if (first) {
					if (first.feedUrl !== row.feed_url && !first.alsoIn?.some(feed => feed.feedUrl === row.feed_url)) {
						(first.alsoIn ??= []).push({feedTitle: row.feed_title, feedUrl: row.feed_url});
					}
					continue;
				}
				byKey.set(key, {
					key,
					uid: row.uid,
					title: row.title,
					feedTitle: row.feed_title,
					feedUrl: row.feed_url,
					url: row.url,
					published: row.published,
					snippet: row.snippet,
				});
			}
			if (byKey.size >= limit || rows.length < fetch) {
				return [...byKey.values()].slice(0, limit);
			}
		}
	}
}
