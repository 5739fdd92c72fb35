// rss-parser as the parse worker loads it: without entities and xmlbuilder until they are used, parsing as before.

import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {builtUrl, isBuilt} from '../helpers/built-dist.js';

// Atom content given as XHTML elements: rss-parser renders it back to markup with xml2js's builder (xmlbuilder).
const xhtmlFeed = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>E</title><id>urn:e1</id><updated>2026-11-20T10:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <b>bold</b> world &amp; more</p><p>Second</p></div></content></entry>
<entry><title>F</title><id>urn:e2</id><updated>2026-11-20T11:00:00Z</updated><summary type="html">&lt;p&gt;Plain &amp;amp; simple&lt;/p&gt;</summary></entry>
</feed>`;

/** Runs a fresh node on the built dist/: which modules are loaded after importing the parser and after parsing; the articles. */
function inFreshProcess(preload: boolean): {before: string[]; after: string[]; articles: unknown} {
	const script = `
		import {createRequire} from 'node:module';
		const require = createRequire(import.meta.url);
		if (${preload}) require('rss-parser');
		const loaded = () => Object.keys(require.cache).filter(file => /node_modules\\/(?:xmlbuilder|rss-parser\\/node_modules\\/entities)\\//.test(file));
		const {parseFeedText} = await import(${JSON.stringify(builtUrl('feeds/parse.js').href)});
		const {defaultSettings} = await import(${JSON.stringify(builtUrl('model/feed.js').href)});
		const before = loaded();
		const feed = await parseFeedText(${JSON.stringify(xhtmlFeed)}, {feedUrl: 'https://example.org/feed', fetchedAt: '2026-11-25T12:00:00.000Z', settings: defaultSettings});
		process.stdout.write(JSON.stringify({before, after: loaded(), articles: feed.articles}));
	`;
	return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})) as {before: string[]; after: string[]; articles: unknown};
}

describe('loading rss-parser', () => {
	it.skipIf(!isBuilt('feeds/parse.js'))('loads neither entities nor xmlbuilder with the parser, xmlbuilder when a feed needs it, and parses as rss-parser loaded whole', () => {
		const deferred = inFreshProcess(false);
		// Only the two stand-ins are in the module cache, none of the real modules' files.
		expect(deferred.before).toHaveLength(2);
		expect(deferred.before.some(file => file.includes('/xmlbuilder/lib/index.js'))).toBe(true);
		// The XHTML content needed the builder: xmlbuilder's own files are loaded now.
		expect(deferred.after.length).toBeGreaterThan(10);
		const whole = inFreshProcess(true);
		expect(whole.before.length).toBeGreaterThan(10);
		expect(deferred.articles).toEqual(whole.articles);
		expect(JSON.stringify(deferred.articles)).toContain('Hello');
	});
});
