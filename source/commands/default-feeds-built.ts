// The default feed list as the build parsed it (dist/default-feeds.json), read without loading the XML parser.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {FeedConfig} from '../model/feed.js';
import {bundledFeedsDir, projectRoot} from './project-root.js';

/**
 * The list as the build parsed it (scripts/default-feeds.mjs), beside the OPML text it came from. Parsing the OPML
 * took ~15–20 ms of every launch of a user who keeps the default list (the XML parser runs cold), and loading the
 * parser's code alone ~10 ms; reading the JSON well under 1 ms. Comparing the text keeps an edited feeds/default.opml
 * authoritative without a rebuild.
 */
export function defaultFeedsBuildFile(): string {
	return path.join(projectRoot(), 'dist', 'default-feeds.json');
}

/** The bundled feeds/default.opml's text. */
export function defaultOpml(): string {
	return readFileSync(path.join(bundledFeedsDir(), 'default.opml'), 'utf8');
}

/** The build's list when it was parsed from the OPML as it is now; otherwise nothing (then the OPML is parsed). */
export function loadBuiltDefaultFeeds(opml = defaultOpml()): FeedConfig[] | undefined {
	return builtFeedsFor(opml, readBuildFile());
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
