// A quote-reading session over a memory cache and a loader over a list of articles, for the early-briefing tests.

import {defaultTopics} from '../../source/config/default-topics.js';
import {memoryAnalysisCache} from '../../source/briefing/analysis-cache.js';
import {quoteAnalysisOf} from '../../source/briefing/quotes.js';
import {BriefingSession, type SessionOptions} from '../../source/briefing/session.js';
import type {Article} from '../../source/model/article.js';

/** A session with the quote engine and a memory cache over the default topics, all articles in its window. */
export function quoteSession(): BriefingSession {
	const options: SessionOptions = {topics: defaultTopics(), since: 'all', quoteAnalysis: quoteAnalysisOf, cache: memoryAnalysisCache()};
	return new BriefingSession(options);
}

/** Loads the articles of the given uids from `list` (as the store would, leaving out uids it does not hold). */
export function loader(list: readonly Article[]): (uids: string[]) => Article[] {
	const byUid = new Map(list.map((article) => [article.uid, article]));
	return (uids: string[]) => uids.flatMap((uid) => (byUid.has(uid) ? [byUid.get(uid)!] : []));
}
