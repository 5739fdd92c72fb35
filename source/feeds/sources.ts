// --source: feed files, folders of them and OPML lists read straight into an in-memory store.

import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {parseOpml} from '../config/opml.js';
import type {FeedConfig, Settings} from '../model/feed.js';
import {ArticleStore} from '../store/article-store.js';
import {readFeedFile} from './decode.js';
import {parseFeedText} from './parse.js';

export interface LoadedSources {
	store: ArticleStore;
	/** Every source as a feed: files as file: URLs (already loaded), http(s) entries of OPML lists (still to fetch). */
	feeds: FeedConfig[];
	/** One line per source that could not be read. */
	errors: string[];
}

export interface LoadSourcesOptions {
	/** Load into this store instead of a new in-memory one (used to seed an empty cache from snapshots). */
	store?: ArticleStore;
	now?: Date;
}

const feedExtensions = new Set(['.rss', '.xml', '.atom', '.rdf', '.feed', '.opml']);

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

interface FileSource {
	file: string;
	title?: string;
	tags: string[];
	language?: string;
}

/** Reads the given feed files, folders (their feed files, not recursive) and OPML lists. */
export async function loadSources(paths: readonly string[], settings: Settings, options: LoadSourcesOptions = {}): Promise<LoadedSources> {
	const store = options.store ?? new ArticleStore(':memory:');
	const feeds: FeedConfig[] = [];
	const errors: string[] = [];
	const files: FileSource[] = [];
	const fetchedAt = (options.now ?? new Date()).toISOString();

	const addOpml = (file: string) => {
		const document = parseOpml(readFileSync(file, 'utf8'));
		for (const entry of document.feeds) {
			if (/^https?:\/\//i.test(entry.url)) {
				feeds.push({url: entry.url, title: entry.title, tags: entry.tags, enabled: entry.enabled ?? true, ...(entry.language ? {language: entry.language} : {})});
				continue;
			}

			// Anything else is a file, relative to the OPML file.
			const target = entry.url.startsWith('file:') ? fileURLToPath(entry.url) : path.resolve(path.dirname(file), entry.url);
			files.push({file: target, title: entry.title, tags: entry.tags, ...(entry.language ? {language: entry.language} : {})});
		}
	};

	const addPath = (given: string, fromFolder: boolean) => {
		const file = path.resolve(given);
		try {
			const stat = statSync(file);
			if (stat.isDirectory()) {
				if (fromFolder) {
					return;
				}

				for (const name of readdirSync(file).sort()) {
					if (feedExtensions.has(path.extname(name).toLowerCase())) {
						addPath(path.join(file, name), true);
					}
				}

				return;
			}

			if (path.extname(file).toLowerCase() === '.opml') {
				addOpml(file);
				return;
			}

			files.push({file, tags: []});
		} catch (error) {
			errors.push(`${given}: ${describe(error)}`);
		}
	};

	for (const given of paths) {
		addPath(given, false);
	}

	for (const source of files) {
		const feedUrl = pathToFileURL(source.file).href;
		try {
			const text = await readFeedFile(source.file, settings.maxBodyBytes);
			const parsed = await parseFeedText(text, {
				feedUrl,
				...(source.title ? {feedTitle: source.title} : {}),
				...(source.language ? {language: source.language} : {}),
				fetchedAt,
				settings,
			});
			store.commitFeed({
				url: feedUrl,
				status: 'ok',
				error: '',
				lastFetch: fetchedAt,
				lastSuccess: fetchedAt,
				etag: null,
				lastModified: null,
				articleCount: parsed.articles.length,
			}, parsed.articles);
			feeds.push({
				url: feedUrl,
				title: source.title || parsed.title || path.basename(source.file),
				tags: source.tags,
				enabled: true,
				...(parsed.language ? {language: parsed.language} : {}),
			});
		} catch (error) {
			errors.push(`${source.file}: ${describe(error)}`);
		}
	}

	return {store, feeds, errors};
}
