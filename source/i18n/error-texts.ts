// Errors from below the interface in its language: said from their key and params (error-keys.ts) with
// Messages.feedErrors. Words without a key — errors a version before keys stored, a plain Error of the services —
// are recognised by their English wording, the one fallback that reads English.

import type {Messages} from './en.js';
import {englishFeedErrors, englishFileReasons, englishHttpReasons} from './error-english.js';
import type {ErrorKey, ErrorText} from './error-keys.js';
import {format} from './format.js';

// Each English wording, anchored whole, with the parts that vary as named groups (a key's params); the templates in
// en.ts put them back together unchanged (test/i18n/error-keys.test.ts holds the two together).
const wordings: ReadonlyArray<readonly [ErrorKey, RegExp]> = [
	['http', /^HTTP (?<status>\d{3})(?: (?<reason>.+))?$/u],
	['gone', /^gone \(HTTP 410\): the feed was removed; remove it with d$/u],
	['waiting', /^waiting until (?<time>\d\d:\d\d) \(the server asked\)$/u],
	['refreshBusy', /^another lagebild is refreshing these feeds \(pid (?<pid>\d+)\); try again when it is done$/u],
	['notFeedHtml', /^not a feed \(got an HTML page\)$/u],
	['notFeedNoLink', /^not a feed \(got an HTML page that names no feed\)$/u],
	['notFeedJson', /^not a feed \(got JSON\)$/u],
	['notFeedText', /^not a feed \(got plain text, not XML\)$/u],
	['notFeedEmpty', /^not a feed \(empty document\)$/u],
	['notFeedRoot', /^not a feed \(no RSS, RDF or Atom root element\)$/u],
	['notFeedElement', /^not a feed \(root element <(?<element>[^>]*)>\)$/u],
	['notFeed', /^not a feed \((?<reason>.+)\)$/u],
	['xmlLine', /^XML error at line (?<line>\d+): (?<reason>.+)$/u],
	['xmlDepth', /^XML error: elements nested too deeply$/u],
	['doctype', /^refused: XML entity declarations in DOCTYPE$/u],
	['tooLarge', /^too large \(over (?<size>[^)]+)\)$/u],
	['refused', /^connection refused$/u],
	['reset', /^connection reset by the server$/u],
	['closed', /^connection closed by the server$/u],
	['hostNotFound', /^host not found: (?<host>.*)$/u],
	['dnsFailed', /^DNS lookup failed: (?<host>.*)$/u],
	['connectTimeout', /^connection timed out after (?<time>.+)$/u],
	['connectTimeoutPlain', /^connection timed out$/u],
	['hostUnreachable', /^host unreachable: (?<host>.*)$/u],
	['networkUnreachable', /^network unreachable$/u],
	['tls', /^TLS error \((?<code>[^)]+)\)$/u],
	// An https address of a server that speaks http, as "example.org:8080/rss" typed without its scheme becomes: fetch.ts
	// says so; errors older versions stored hold OpenSSL's own words.
	['tlsPlainServer', /^TLS error: the server does not answer https \(try http:\/\/\)$/u],
	['tlsPlainServer', /^write EPROTO \S*:SSL routines:[^:]*:wrong version number\b.*$/u],
	['malformedHttp', /^malformed HTTP response$/u],
	['network', /^network error$/u],
	['timeout', /^timeout after (?<time>.+)$/u],
	['cancelled', /^cancelled$/u],
	['redirects', /^too many redirects \(over (?<n>\d+)\)$/u],
	['redirectInvalid', /^redirect to an invalid URL$/u],
	['redirectLoop', /^redirect loop$/u],
	['scheme', /^unsupported URL scheme (?<scheme>\S+)(?<redirect> \(redirect\))?$/u],
	['invalidUrl', /^invalid URL: (?<url>.*)$/u],
	['corrupt', /^corrupt (?<encoding>\S+) body$/u],
	['encoding', /^unsupported content encoding (?<encoding>.+)$/u],
	['fileNotFound', /^file not found: (?<path>.*)$/u],
	['permission', /^permission denied: (?<path>.*)$/u],
	['directory', /^is a directory: (?<path>.*)$/u],
	['cannotRead', /^cannot read (?<path>.+?): (?<reason>.*)$/u],
	['notWebAddress', /^not a web address: (?<url>.*)$/u],
	['pageScheme', /^only http and https pages are fetched, not (?<scheme>.+)$/u],
	['pageUnchanged', /^the page did not change, but no copy of it is kept$/u],
	['noArticleText', /^no article text found on the page$/u],
	// source/services/store-services.ts, source/commands/web-browser.ts, source/config/opml*.ts
	['offlineFullText', /^offline: F needs the network; o opens the article in the browser$/u],
	['noLink', /^this article has no web address$/u],
	['linkScheme', /^only http and https links are opened, not (?<scheme>.+)$/u],
	['browserFailed', /^no program of \$BROWSER could be started \((?<browser>.*)\)$/u],
	['noOpener', /^no browser opener found \(xdg-open\); set \$BROWSER to your browser$/u],
	['articleGone', /^the article is no longer stored$/u],
	['sourceFeed', /^this feed is one of the --source files; it is not in the configured list$/u],
	['emptyFeedList', /^your feed list is empty: press f, then a to add a feed \(or run lagebild feeds add URL\)$/u],
	['opmlPage', /^(?<file>.+): not an OPML file \(a web page\)$/u],
	['opmlUnreadable', /^(?<file>.+): not a readable OPML file \((?<reason>.+)\)$/u],
	['opmlNoElement', /^(?<file>.+): not an OPML file \(no <opml> element\)$/u],
	['feedListUnknown', /^(?<file>.+): neither an OPML file nor a newsboat urls file \(line 1: "(?<line>.*)"\)$/u],
	['cannotWrite', /^cannot write (?<path>.+?): (?<reason>.*)$/u],
	// source/config/config-file.ts (an edit) and source/services/store-services.ts (a refresh) while config.json is broken
	['configUnreadable', /^(?:lagebild: )?config file (?<path>.+) cannot be read: nothing is fetched or saved until it is fixed$/u],
	// source/config/feed-list.ts and feed-url.ts: the feed list's refusals (a feed manager's a, a page's feed already listed)
	['alreadyListed', /^already in the feed list: (?<url>.+)$/u],
	['noSuchFeed', /^no feed with URL or ID (?<id>".*") \(see lagebild feeds list\)$/u],
	['notUrl', /^not a URL: (?<text>".*") \(feeds are added by their http:\/\/ or https:\/\/ address\)$/u],
	['onlyHttp', /^only http:\/\/ and https:\/\/ feeds can be added, not (?<scheme>[^:]+): (?<url>.*)$/u],
	['noHost', /^the URL has no host: (?<url>.*)$/u],
	// source/store/fts-query.ts: a search's feed: filter that names no stored feed
	['noFeedMatch', /^no feed matches "(?<filter>.*)"$/u],
];

/** The wordings whose {reason} is a file system error as source/config/config-file.ts says it. */
const fileReasons = new Set<ErrorKey>(['cannotRead', 'cannotWrite', 'opmlUnreadable']);

/** The key and params of an error's English words, when a wording of the table fits them. */
export function errorTextOf(words: string): ErrorText | undefined {
	for (const [key, pattern] of wordings) {
		const match = pattern.exec(words);
		if (match) {
			const params: Record<string, string> = {};
			for (const [name, value] of Object.entries(match.groups ?? {})) params[name] = value ?? '';
			return {key, params};
		}
	}

	return undefined;
}

/** The tables an error is said with: a language's Messages, or English's own (error-english.ts). */
type ErrorTables = Pick<Messages, 'feedErrors' | 'fileReasons' | 'httpReasons'>;

// The layers below say their errors in English with these, never loading the interface's tables (en.ts).
const english: ErrorTables = {feedErrors: englishFeedErrors, fileReasons: englishFileReasons, httpReasons: englishHttpReasons};

/** An error by key in the language of `messages` (with English's, the words the error was thrown with). */
export function sayError(text: ErrorText, messages: ErrorTables): string {
	const params: Record<string, string> = {...text.params};
	if (text.key === 'http') {
		const status = params.status ?? '';
		const sent = params.reason ?? '';
		// Only the standard reason is said in the interface language; a server's own wording is kept as it came.
		const reason = sent === '' || sent === englishHttpReasons[status] ? (messages.httpReasons[status] ?? sent) : sent;
		return format(messages.feedErrors.http, {status, reason: reason ? ` ${reason}` : ''});
	}

	if (fileReasons.has(text.key) && params.reason !== undefined) {
		params.reason = messages.fileReasons[params.reason] ?? params.reason;
	}

	if (text.key === 'scheme') {
		params.redirect = params.redirect ? messages.feedErrors.redirectSuffix : '';
	}

	return format(messages.feedErrors[text.key], params);
}

/** An error's English words from its key: as sayError in English, but an HTTP status's reason as the server sent it. */
export function englishWords(text: ErrorText): string {
	if (text.key !== 'http') return sayError(text, english);
	const reason = text.params.reason ?? '';
	return format(englishFeedErrors.http, {status: text.params.status ?? '', reason: reason ? ` ${reason}` : ''});
}

/** An error to be said: its words, a keyed error (keyed-error.ts) or its stored {key, params}. */
export type KeyedWords = string | ErrorText | {readonly message: string; readonly key?: ErrorKey | undefined; readonly params?: ErrorText['params']};

/** An error's English words: as it was thrown (a keyed error's message), else from its key. */
export function englishOf(error: KeyedWords): string {
	if (typeof error === 'string') return error;
	return 'message' in error ? error.message : englishWords(error);
}

/**
 * An error as the interface says it: by its key when it has one, else by its English words; words it does not know
 * stay as they are.
 */
export function errorInLanguage(error: KeyedWords, messages: ErrorTables): string {
	if (typeof error !== 'string' && error.key !== undefined) {
		return sayError({key: error.key, params: error.params ?? {}}, messages);
	}

	const words = typeof error === 'string' ? error : 'message' in error ? error.message : '';
	const text = errorTextOf(words);
	return text ? sayError(text, messages) : words;
}
