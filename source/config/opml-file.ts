// Feed list files on disk into and out of the configured list (OPML both ways; newsboat's urls file in): shared by `lagebild feeds` and the feed manager.

import {readFileSync, writeFileSync} from 'node:fs';
import type {FeedConfig} from '../model/feed.js';
import {type ConfigFile, describeFsError} from './config-file.js';
import {mergeFeeds, type NewFeed} from './feed-list.js';
import {looksLikeNewsboatUrls, parseNewsboatUrls} from './newsboat-urls.js';
import {OpmlError, parseOpml, toOpml} from './opml.js';

export interface OpmlImport {
	/** What the file was read as: OPML, or newsboat's urls file (detected; no flag needed). */
	format: 'opml' | 'newsboat';
	/** Feeds in the file. */
	found: number;
	added: FeedConfig[];
	/** Feeds left out as already in the list. */
	duplicates: number;
	/** The address of every feed the file names, added or already listed: the feeds the user chose. */
	named: string[];
	/** newsboat's query:, exec: and filter: lines, left out: they are no address to fetch. */
	notFeeds: number;
	/** Lines of a urls file that could not be read (1-based), and feeds whose address is none. */
	unreadableLines: number[];
	/** One line per feed or line left out (duplicate, not http(s), not a feed, unreadable). */
	notes: string[];
}

const notFeedNotes = {
	query: (name: string) => `newsboat query feed "${name}" is not a feed (lagebild's topics and search do that work)`,
	exec: (name: string) => `exec:${name} is a script, not a feed (lagebild fetches http(s) addresses only)`,
	filter: (name: string) => `filter:${name} runs a script over a feed (lagebild fetches http(s) addresses only)`,
};

/** The first 60 characters of a line, for an error that quotes it. */
function lineExcerpt(text: string): string {
	const chars = [...text.trim()];
	return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : chars.join('');
}

/** Reads an OPML file or a newsboat urls file into feeds to add, with what it left out; throws OpmlError. */
function readFeedListText(text: string, file: string): {format: OpmlImport['format']; feeds: Array<NewFeed & {line?: number}>; notFeeds: OpmlImport['notes']; notFeedCount: number; unreadable: Array<{line: number; reason: string}>} {
	const head = text.replace(/^\uFEFF/u, '').trimStart();
	if (head.startsWith('<') || !looksLikeNewsboatUrls(text)) {
		if (!head.startsWith('<') && head !== '') {
			const first = head.split(/\r?\n|\r/u)[0] ?? '';
			throw new OpmlError({key: 'feedListUnknown', params: {file, line: lineExcerpt(first)}});
		}

		try {
			return {format: 'opml', feeds: parseOpml(text).feeds, notFeeds: [], notFeedCount: 0, unreadable: []};
		} catch (error) {
			// Which file: the message is shown in a prompt or after a command that may have named several.
			if (error instanceof OpmlError) throw new OpmlError(`${file}: ${error.message}`);
			throw error;
		}
	}

	const urls = parseNewsboatUrls(text);
	return {
		format: 'newsboat',
		feeds: urls.feeds,
		notFeeds: urls.notFeeds.map(entry => `line ${entry.line}: ${notFeedNotes[entry.kind](entry.name)}`),
		notFeedCount: urls.notFeeds.length,
		unreadable: urls.unreadable,
	};
}

/** Adds the file's feeds to the configured list (one config write); throws OpmlError for unreadable files. */
export async function importOpmlFile(config: ConfigFile, file: string): Promise<OpmlImport> {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new OpmlError({key: 'cannotRead', params: {path: file, reason: describeFsError(error)}});
	}

	const read = readFeedListText(text, file);
	const merged = mergeFeeds(config.data.feeds, read.feeds);
	if (merged.added.length > 0) {
		await config.update({feeds: merged.feeds});
	}

	const at = (index: number) => read.feeds[index]?.line;
	const notes = [
		...merged.skipped.map(skip => (at(skip.index) === undefined ? skip.note : `line ${at(skip.index)!}: ${skip.note.replace(/^skipped /u, '')}`)),
		...read.notFeeds,
		...read.unreadable.map(entry => `line ${entry.line}: not read: ${entry.reason}`),
	];
	const unreadableLines = [...read.unreadable.map(entry => entry.line), ...merged.skipped.filter(skip => !skip.duplicate).map(skip => at(skip.index)).filter(line => line !== undefined)].sort((a, b) => a - b);
	return {
		format: read.format,
		found: read.feeds.length,
		added: merged.added,
		duplicates: merged.skipped.filter(skip => skip.duplicate).length,
		named: read.feeds.map(feed => feed.url),
		notFeeds: read.notFeedCount,
		unreadableLines,
		// In a urls file the notes follow the file's lines.
		notes: read.format === 'newsboat' ? notes.sort((a, b) => lineOf(a) - lineOf(b)) : notes,
	};
}

function lineOf(note: string): number {
	return Number(/^line (\d+)/u.exec(note)?.[1] ?? 0);
}

/** Writes the feeds as OPML; returns how many were written. */
export function exportOpmlFile(feeds: readonly FeedConfig[], file: string): number {
	try {
		writeFileSync(file, toOpml(feeds));
	} catch (error) {
		throw new OpmlError({key: 'cannotWrite', params: {path: file, reason: describeFsError(error)}});
	}

	return feeds.length;
}
