// The bundled default feed list (feeds/default.opml), for a config that has no feed list of its own.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {mergeFeeds} from '../config/feed-list.js';
import {parseOpml} from '../config/opml.js';
import type {FeedConfig} from '../model/feed.js';
import {bundledFeedsDir, projectRoot} from './project-root.js';

/**
 * The list as the build parsed it (scripts/default-feeds.mjs), beside the OPML text it came from. Parsing the OPML
 * took ~15–20 ms of every launch of a user who keeps the default list (the XML parser runs cold); reading the JSON
 * well under 1 ms. Comparing the text keeps an edited feeds/default.opml authoritative without a rebuild.
 */
export function defaultFeedsBuildFile(): string {
	return path.join(projectRoot(), 'dist', 'default-feeds.json');
}

/** The bundled default feed list (feeds/default.opml). */
export function loadDefaultFeeds(): FeedConfig[] {
	const opml = readFileSync(path.join(bundledFeedsDir(), 'default.opml'), 'utf8');
	return builtFeedsFor(opml, readBuildFile()) ?? parseDefaultFeeds(opml);
}

/** What the default list is, from the OPML text itself. */
export function parseDefaultFeeds(opml: string): FeedConfig[] {
	return mergeFeeds([], parseOpml(opml).feeds).feeds;
}

/** The build's list when it was parsed from exactly this OPML text; otherwise nothing (stale, missing or damaged). */
export function builtFeedsFor(opml: string, buildFile: string | undefined): FeedConfig[] | undefined {
	if (buildFile === undefined) return undefined;
	try {
		const built = JSON.parse(buildFile) as {opml?: unknown; feeds?: unknown};
		return built.opml === opml && Array.isArray(built.feeds) ? (built.feeds as FeedConfig[]) : undefined;
	} catch {
		return undefined;
	}
}

function readBuildFile(): string | undefined {
	try {
		return readFileSync(defaultFeedsBuildFile(), 'utf8');
	} catch {
		return undefined;
	}
}
