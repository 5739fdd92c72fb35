// newsboat's urls file (~/.newsboat/urls) read as feeds to add: a URL per line, then tags; "~Title" names the feed.

import {FeedUrlError, parseFeedUrl} from './feed-url.js';
import {cleanTags, type NewFeed} from './feed-list.js';

/** A feed of the file with the line it is on (1-based), for notes that point back into the file. */
export type UrlsFeed = NewFeed & {title: string; tags: string[]; line: number};

/** newsboat's own kinds of feed that are no address to fetch: a query over its cache, a script's output, a filtered URL. */
export type NotFeedKind = 'query' | 'exec' | 'filter';

export interface NewsboatUrls {
	feeds: UrlsFeed[];
	notFeeds: Array<{line: number; kind: NotFeedKind; name: string}>;
	/** Lines that are neither a comment nor a feed, with why. */
	unreadable: Array<{line: number; reason: string}>;
}

/**
 * The words of a line as newsboat splits them: blanks separate, "…" keeps blanks inside (\" and \\ escape there),
 * and a # where a word begins makes the rest a comment. Throws for a quote left open.
 */
export function urlsLineWords(text: string): string[] {
	const words: string[] = [];
	let index = 0;
	while (index < text.length) {
		while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
		if (index >= text.length || text[index] === '#') break;
		let word = '';
		while (index < text.length && text[index] !== ' ' && text[index] !== '\t') {
			if (text[index] !== '"') {
				word += text[index++];
				continue;
			}

			index++;
			let closed = false;
			while (index < text.length) {
				const char = text[index++]!;
				if (char === '"') {
					closed = true;
					break;
				}

				if (char === '\\' && index < text.length) {
					const next = text[index++]!;
					word += next === '"' || next === '\\' ? next : `\\${next}`;
					continue;
				}

				word += char;
			}

			if (!closed) throw new Error('a quote (") is not closed');
		}

		words.push(word);
	}

	return words;
}

const notFeedPrefix = /^(query|exec|filter):/iu;

/** Reads the whole file; never throws (what it cannot read is listed with its line). */
export function parseNewsboatUrls(text: string): NewsboatUrls {
	const result: NewsboatUrls = {feeds: [], notFeeds: [], unreadable: []};
	const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n|\r/u);
	for (const [index, raw] of lines.entries()) {
		const line = index + 1;
		if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
		let words: string[];
		try {
			words = urlsLineWords(raw);
		} catch (error) {
			result.unreadable.push({line, reason: (error as Error).message});
			continue;
		}

		const [first, ...tags] = words;
		if (first === undefined) continue;
		const special = notFeedPrefix.exec(first);
		if (special) {
			const kind = special[1]!.toLowerCase() as NotFeedKind;
			const rest = first.slice(special[0].length);
			// query:NAME:EXPRESSION is named by its NAME; exec:SCRIPT and filter:SCRIPT:URL by what follows the prefix.
			result.notFeeds.push({line, kind, name: kind === 'query' ? rest.split(':')[0]! : rest});
			continue;
		}

		try {
			parseFeedUrl(first);
		} catch (error) {
			if (!(error instanceof FeedUrlError)) throw error;
			result.unreadable.push({line, reason: error.message});
			continue;
		}

		let title = '';
		const kept: string[] = [];
		for (const tag of tags) {
			// "~Title" is the title newsboat shows; "!" hides a feed from its list (for query feeds) — no tag here.
			if (tag.startsWith('~')) title = tag.slice(1).trim();
			else if (!tag.startsWith('!')) kept.push(tag);
		}

		// The URL as written: the importer compares and normalises it as it does an OPML file's.
		result.feeds.push({url: first, title, tags: cleanTags(kept), enabled: true, line});
	}

	return result;
}

/**
 * Whether a file that is no XML reads as a urls file: some line begins with an http(s) address or newsboat's
 * query:, exec: or filter:.
 */
export function looksLikeNewsboatUrls(text: string): boolean {
	return text.split(/\r?\n|\r/u).some(line => /^\s*"?(?:https?:\/\/|query:|exec:|filter:)/iu.test(line));
}
