// The bundled default feed list (feeds/default.opml), for a config that has no feed list of its own.

import {mergeFeeds} from '../config/feed-list.js';
import {parseOpml} from '../config/opml.js';
import type {FeedConfig} from '../model/feed.js';
import {defaultOpml, loadBuiltDefaultFeeds} from './default-feeds-built.js';

export {builtFeedsFor, defaultFeedsBuildFile} from './default-feeds-built.js';

/** The bundled default feed list (feeds/default.opml): the build's parse when it is current, else the OPML parsed now. */
export function loadDefaultFeeds(): FeedConfig[] {
	const opml = defaultOpml();
	return loadBuiltDefaultFeeds(opml) ?? parseDefaultFeeds(opml);
}

/** What the default list is, from the OPML text itself. */
export function parseDefaultFeeds(opml: string): FeedConfig[] {
	return mergeFeeds([], parseOpml(opml).feeds).feeds;
}
