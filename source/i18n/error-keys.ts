// What an error is, by key: the layers below throw it and the store keeps it beside the English words, and each
// language says it from the key and its params (error-texts.ts) instead of reading the English.

import {englishFeedErrors} from './error-english.js';

/** The feed pipeline's errors (FeedError, FetchError, HttpStatusError, ParseError): fetch, decode, parse, full text. */
export const feedErrorKeys = [
	'http', 'gone', 'notFeedHtml', 'notFeedNoLink', 'notFeedJson', 'notFeedText', 'notFeedEmpty', 'notFeedRoot', 'notFeedElement',
	'notFeed', 'xmlLine', 'xmlDepth', 'doctype', 'tooLarge', 'refused', 'reset', 'closed', 'hostNotFound', 'dnsFailed',
	'connectTimeout', 'connectTimeoutPlain', 'hostUnreachable', 'networkUnreachable', 'tls', 'tlsPlainServer', 'malformedHttp',
	'network', 'timeout', 'cancelled', 'redirects', 'redirectInvalid', 'redirectLoop', 'scheme', 'invalidUrl', 'corrupt',
	'encoding', 'fileNotFound', 'permission', 'directory', 'cannotRead', 'notWebAddress', 'pageScheme', 'pageUnchanged',
	'noArticleText',
] as const;

/** The config file's errors (ConfigError) that the interface says in its language. */
export const configErrorKeys = ['configUnreadable'] as const;

/** The feed list's refusals (FeedUrlError). */
export const feedUrlErrorKeys = ['alreadyListed', 'noSuchFeed', 'notUrl', 'onlyHttp', 'noHost'] as const;

/** Feed list files read or written (OpmlError). */
export const opmlErrorKeys = ['opmlPage', 'opmlUnreadable', 'opmlNoElement', 'feedListUnknown', 'cannotRead', 'cannotWrite'] as const;

/** A search's feed: filter that names no stored feed (NoFeedMatchError). */
export const searchErrorKeys = ['noFeedMatch'] as const;

/** Said by the services and the refresh without an error class of their own (plain Error, a result line). */
export const otherErrorKeys = [
	'waiting', 'refreshBusy', 'offlineFullText', 'noLink', 'linkScheme', 'browserFailed', 'noOpener', 'articleGone', 'sourceFeed',
	'emptyFeedList',
] as const;

export type FeedErrorKey = (typeof feedErrorKeys)[number];
export type ConfigErrorKey = (typeof configErrorKeys)[number];
export type FeedUrlErrorKey = (typeof feedUrlErrorKeys)[number];
export type OpmlErrorKey = (typeof opmlErrorKeys)[number];
export type SearchErrorKey = (typeof searchErrorKeys)[number];
export type ErrorKey = FeedErrorKey | ConfigErrorKey | FeedUrlErrorKey | OpmlErrorKey | SearchErrorKey | (typeof otherErrorKeys)[number];

/** The parts of an error's words that vary ("15 s", a host, a file), as they go into its template. */
export type ErrorParams = Readonly<Record<string, string>>;

/** An error by key: what the store keeps and the interface and the command line say in their language. */
export interface ErrorText<Key extends ErrorKey = ErrorKey> {
	readonly key: Key;
	readonly params: ErrorParams;
}

/** Every key, once. */
export const allErrorKeys: readonly ErrorKey[] = [...new Set<ErrorKey>([...feedErrorKeys, ...configErrorKeys, ...feedUrlErrorKeys, ...opmlErrorKeys, ...searchErrorKeys, ...otherErrorKeys])];

const allKeys: ReadonlySet<string> = new Set<string>(allErrorKeys);

/**
 * A stored or sent {key, params} that this version knows, else undefined (a newer version's key, a damaged row, or
 * params that lack a placeholder of the key's words — said, they would show "{host}").
 */
export function errorTextFrom(value: unknown): ErrorText | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const {key, params} = value as {key?: unknown; params?: unknown};
	if (typeof key !== 'string' || !allKeys.has(key) || !params || typeof params !== 'object') return undefined;
	const entries = Object.entries(params);
	if (!entries.every(([, part]) => typeof part === 'string')) return undefined;
	const given = new Set(entries.map(([name]) => name));
	const template = englishFeedErrors[key as ErrorKey];
	for (const [, name] of template.matchAll(/\{(\w+)\}/gu)) if (!given.has(name!)) return undefined;
	return {key: key as ErrorKey, params: Object.fromEntries(entries) as ErrorParams};
}
