// Errors from below the interface in its language: the feed pipeline, the services, the browser opener and the OPML
// files word them in English (the store keeps them so, the command line prints them); the app recognises each
// wording and says it with Messages.feedErrors.

import {en} from './en.js';
import {format, type Messages} from './index.js';

export type FeedErrorKey =
	| 'http'
	| 'gone'
	| 'waiting'
	| 'refreshBusy'
	| 'notFeedHtml'
	| 'notFeedNoLink'
	| 'notFeedJson'
	| 'notFeedText'
	| 'notFeedEmpty'
	| 'notFeedRoot'
	| 'notFeedElement'
	| 'notFeed'
	| 'xmlLine'
	| 'xmlDepth'
	| 'doctype'
	| 'tooLarge'
	| 'refused'
	| 'reset'
	| 'closed'
	| 'hostNotFound'
	| 'dnsFailed'
	| 'connectTimeout'
	| 'connectTimeoutPlain'
	| 'hostUnreachable'
	| 'networkUnreachable'
	| 'tls'
	| 'malformedHttp'
	| 'network'
	| 'timeout'
	| 'cancelled'
	| 'redirects'
	| 'redirectInvalid'
	| 'redirectLoop'
	| 'scheme'
	| 'invalidUrl'
	| 'corrupt'
	| 'encoding'
	| 'fileNotFound'
	| 'permission'
	| 'directory'
	| 'cannotRead'
	| 'notWebAddress'
	| 'pageScheme'
	| 'pageUnchanged'
	| 'noArticleText'
	| 'offlineFullText'
	| 'noLink'
	| 'linkScheme'
	| 'browserFailed'
	| 'noOpener'
	| 'articleGone'
	| 'sourceFeed'
	| 'emptyFeedList'
	| 'opmlPage'
	| 'opmlUnreadable'
	| 'opmlNoElement'
	| 'feedListUnknown'
	| 'cannotWrite'
	| 'configUnreadable'
	| 'tlsPlainServer'
	| 'alreadyListed'
	| 'noSuchFeed'
	| 'notUrl'
	| 'onlyHttp'
	| 'noHost'
	| 'noFeedMatch';

// Each wording of source/feeds (fetch.ts, parse.ts, decode.ts, full-text.ts, feed-error.ts), anchored whole, with
// the parts that vary as named groups; the templates in en.ts put them back together unchanged.
const wordings: ReadonlyArray<readonly [FeedErrorKey, RegExp]> = [
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
	// says so since 9b58d44; errors stored before it hold OpenSSL's own words.
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
const fileReasons = new Set<FeedErrorKey>(['cannotRead', 'cannotWrite', 'opmlUnreadable']);

/** An error as the interface says it; a wording it does not know stays as it is. */
export function errorInLanguage(error: string, messages: Messages): string {
	for (const [key, pattern] of wordings) {
		const match = pattern.exec(error);
		if (!match) {
			continue;
		}

		const groups: Record<string, string> = {};
		for (const [name, value] of Object.entries(match.groups ?? {})) {
			groups[name] = value ?? '';
		}

		if (key === 'http') {
			const status = groups.status ?? '';
			const sent = groups.reason ?? '';
			// Only the standard reason is said in the interface language; a server's own wording is kept as it came.
			const reason = sent === '' || sent === en.httpReasons[status] ? (messages.httpReasons[status] ?? sent) : sent;
			return format(messages.feedErrors.http, {status, reason: reason ? ` ${reason}` : ''});
		}

		if (fileReasons.has(key) && groups.reason !== undefined) {
			groups.reason = messages.fileReasons[groups.reason] ?? groups.reason;
		}

		if (key === 'scheme') {
			groups.redirect = groups.redirect ? messages.feedErrors.redirectSuffix : '';
		}

		return format(messages.feedErrors[key], groups);
	}

	return error;
}
