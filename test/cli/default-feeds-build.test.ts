// The default feed list parsed at build time (dist/default-feeds.json) must say what the OPML says, or not be used.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {builtFeedsFor, defaultFeedsBuildFile, loadDefaultFeeds, parseDefaultFeeds} from '../../source/commands/default-feeds.js';

const opml = readFileSync(path.resolve(import.meta.dirname, '../../feeds/default.opml'), 'utf8');

describe('default feeds parsed at build time', () => {
	it('the build wrote the list feeds/default.opml holds now', () => {
		const built = JSON.parse(readFileSync(defaultFeedsBuildFile(), 'utf8')) as {opml: string; feeds: unknown};
		expect(built.opml).toBe(opml);
		expect(built.feeds).toEqual(parseDefaultFeeds(opml));
		expect(loadDefaultFeeds()).toEqual(parseDefaultFeeds(opml));
	});

	it('is used only for the very OPML text it was parsed from', () => {
		const feeds = parseDefaultFeeds(opml);
		const file = JSON.stringify({opml, feeds});
		expect(builtFeedsFor(opml, file)).toEqual(feeds);
		// An OPML edited after the build: its own feeds, not the build's.
		const edited = opml.replace('</body>', '<outline type="rss" text="Extra" xmlUrl="https://example.org/extra.xml"/></body>');
		expect(edited).not.toBe(opml);
		expect(builtFeedsFor(edited, file)).toBeUndefined();
		expect(parseDefaultFeeds(edited).map((feed) => feed.url)).toContain('https://example.org/extra.xml');
	});

	it('a missing or damaged build file means parsing the OPML', () => {
		expect(builtFeedsFor(opml, undefined)).toBeUndefined();
		expect(builtFeedsFor(opml, '{"opml": ')).toBeUndefined();
		expect(builtFeedsFor(opml, JSON.stringify({opml, feeds: 'not a list'}))).toBeUndefined();
	});
});
