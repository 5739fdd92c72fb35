// The bundled default feed list (feeds/default.opml), for a config that has no feed list of its own.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {mergeFeeds} from '../config/feed-list.js';
import {parseOpml} from '../config/opml.js';
import type {FeedConfig} from '../model/feed.js';
import {bundledFeedsDir} from './project-root.js';

/** The bundled default feed list (feeds/default.opml). */
export function loadDefaultFeeds(): FeedConfig[] {
	const file = path.join(bundledFeedsDir(), 'default.opml');
	return mergeFeeds([], parseOpml(readFileSync(file, 'utf8')).feeds).feeds;
}
