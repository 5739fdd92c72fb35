// OPML import and export of the feed list, with fast-xml-parser: titles, tags as folders and category attributes.

import {XMLBuilder, XMLParser} from 'fast-xml-parser';
import type {FeedConfig} from '../model/feed.js';
import {type ErrorText, opmlErrorKeys, type OpmlErrorKey} from '../i18n/error-keys.js';
import {KeyedError, keyed} from '../i18n/keyed-error.js';
import {cleanTags, type NewFeed} from './feed-list.js';
import {hostTitle} from './feed-url.js';

/** fast-xml-parser's "char 'd' is not expected.:1:3" as "line 1, column 3: char 'd' is not expected". */
function xmlErrorText(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	const place = /^(.*?)\.?:(\d+):(\d+)$/su.exec(message);
	return place ? `line ${place[2]}, column ${place[3]}: ${place[1]}` : message;
}

/** A feed list file that cannot be read or written: English `message`, and `key`/`params` for the interface's language. */
export class OpmlError extends KeyedError {
	override readonly name = 'OpmlError';
	static readonly keys: readonly OpmlErrorKey[] = opmlErrorKeys;
	constructor(error: string | ErrorText<OpmlErrorKey>) {
		super(...keyed(error));
	}
}

export interface OpmlDocument {
	title: string;
	/** Feeds in document order; URLs exactly as written (validation is the importer's job). */
	feeds: Array<NewFeed & {title: string; tags: string[]}>;
}

type Attributes = Record<string, string>;
interface OutlineNode {
	outline?: OutlineNode[];
	[attribute: string]: unknown;
}

const prefix = '@_';

function attributes(node: OutlineNode): Attributes {
	const result: Attributes = {};
	for (const [key, value] of Object.entries(node)) {
		if (key.startsWith(prefix) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
			// Readers disagree on case (xmlUrl, xmlurl, XMLURL): compare attribute names without it.
			result[key.slice(prefix.length).toLowerCase()] = String(value).trim();
		}
	}

	return result;
}

function categoryTags(category: string | undefined): string[] {
	if (!category) {
		return [];
	}

	// OPML 2.0: comma-separated, slash-delimited category paths ("/News/World,de").
	return category.split(',').flatMap(path => path.split('/')).map(tag => tag.trim()).filter(tag => tag !== '');
}

export function parseOpml(text: string): OpmlDocument {
	const parser = new XMLParser({
		ignoreAttributes: false,
		attributeNamePrefix: prefix,
		isArray: name => name === 'outline',
		htmlEntities: true,
		parseAttributeValue: false,
		parseTagValue: false,
		trimValues: true,
	});
	if (/^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html\b)/iu.test(text.slice(0, 2000).replace(/^\uFEFF/u, ''))) {
		throw new OpmlError('not an OPML file (a web page)');
	}

	let document: {opml?: {head?: {title?: unknown}; body?: OutlineNode}};
	try {
		document = parser.parse(text, true) as typeof document;
	} catch (error) {
		throw new OpmlError(`not a readable OPML file (${xmlErrorText(error)})`);
	}

	const root = document.opml;
	if (!root || typeof root !== 'object') {
		throw new OpmlError('not an OPML file (no <opml> element)');
	}

	const feeds: OpmlDocument['feeds'] = [];
	const walk = (nodes: OutlineNode[] | undefined, folders: string[]) => {
		for (const node of nodes ?? []) {
			if (!node || typeof node !== 'object') {
				continue;
			}

			const attrs = attributes(node);
			const label = attrs.title || attrs.text || '';
			const type = (attrs.type ?? '').toLowerCase();
			const url = attrs.xmlurl || (['rss', 'atom', 'feed'].includes(type) ? attrs.url : '') || '';
			if (url) {
				const feed: OpmlDocument['feeds'][number] = {
					url,
					// No name in the file: none in the config either, so the feed's own title shows (a host name here would override it for good).
					// A host name as text without a title is how toOpml names a feed that has none yet: no name either.
					title: !attrs.title && label === hostTitle(url) ? '' : label,
					tags: cleanTags([...categoryTags(attrs.category), ...folders]),
					enabled: attrs.enabled?.toLowerCase() !== 'false',
				};
				if (attrs.language) {
					feed.language = attrs.language;
				}

				feeds.push(feed);
			}

			walk(node.outline, url || !label ? folders : [...folders, label]);
		}
	};

	walk(root.body?.outline, []);
	const title = root.head?.title;
	return {title: typeof title === 'string' ? title : '', feeds};
}

export interface OpmlExportOptions {
	title?: string;
	now?: Date;
}

/** OPML 2.0. Runs of feeds sharing a first tag become a folder of that name; all tags go in `category`. */
export function toOpml(feeds: readonly FeedConfig[], options: OpmlExportOptions = {}): string {
	const outline = (feed: FeedConfig): Record<string, unknown> => {
		// OPML wants a text: a feed without a name gets its host there, and no title, so an import reads it as unnamed.
		const node: Record<string, unknown> = {
			[`${prefix}type`]: 'rss',
			[`${prefix}text`]: feed.title || hostTitle(feed.url),
			...(feed.title ? {[`${prefix}title`]: feed.title} : {}),
			[`${prefix}xmlUrl`]: feed.url,
		};
		if (feed.tags.length > 0) {
			node[`${prefix}category`] = feed.tags.join(',');
		}

		if (feed.language) {
			node[`${prefix}language`] = feed.language;
		}

		if (!feed.enabled) {
			node[`${prefix}enabled`] = 'false';
		}

		return node;
	};

	// Consecutive runs keep the list's order exactly, so export → import gives the same list.
	const body: Array<Record<string, unknown>> = [];
	let folder: {name: string; items: Array<Record<string, unknown>>} | undefined;
	for (const feed of feeds) {
		const first = feed.tags[0];
		if (first === undefined) {
			folder = undefined;
			body.push(outline(feed));
			continue;
		}

		if (folder?.name !== first) {
			folder = {name: first, items: []};
			body.push({[`${prefix}text`]: first, [`${prefix}title`]: first, outline: folder.items});
		}

		folder.items.push(outline(feed));
	}

	const builder = new XMLBuilder({
		ignoreAttributes: false,
		attributeNamePrefix: prefix,
		format: true,
		indentBy: '\t',
		suppressEmptyNode: true,
	});
	const xml = builder.build({
		opml: {
			[`${prefix}version`]: '2.0',
			head: {
				title: options.title ?? 'lagebild feeds',
				dateCreated: (options.now ?? new Date()).toUTCString(),
			},
			body: {outline: body},
		},
	}) as string;
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.trimEnd()}\n`;
}
