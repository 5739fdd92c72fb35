// OPML files on disk into and out of the configured feed list; shared by `lagebild feeds` and the feed manager.

import {readFileSync, writeFileSync} from 'node:fs';
import type {FeedConfig} from '../model/feed.js';
import type {ConfigFile} from './config-file.js';
import {mergeFeeds} from './feed-list.js';
import {OpmlError, parseOpml, toOpml} from './opml.js';

export interface OpmlImport {
	/** Feeds in the file. */
	found: number;
	added: FeedConfig[];
	/** One line per feed left out (duplicate, not http(s)). */
	notes: string[];
}

/** Adds the file's feeds to the configured list (one config write); throws OpmlError for unreadable files. */
export async function importOpmlFile(config: ConfigFile, file: string): Promise<OpmlImport> {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (error) {
		throw new OpmlError(`cannot read ${file}: ${(error as Error).message}`);
	}

	let document: ReturnType<typeof parseOpml>;
	try {
		document = parseOpml(text);
	} catch (error) {
		// Which file: the message is shown in a prompt or after a command that may have named several.
		if (error instanceof OpmlError) throw new OpmlError(`${file}: ${error.message}`);
		throw error;
	}

	const merged = mergeFeeds(config.data.feeds, document.feeds);
	if (merged.added.length > 0) {
		await config.update({feeds: merged.feeds});
	}

	return {found: document.feeds.length, added: merged.added, notes: merged.notes};
}

/** Writes the feeds as OPML; returns how many were written. */
export function exportOpmlFile(feeds: readonly FeedConfig[], file: string): number {
	try {
		writeFileSync(file, toOpml(feeds));
	} catch (error) {
		throw new OpmlError(`cannot write ${file}: ${(error as Error).message}`);
	}

	return feeds.length;
}
