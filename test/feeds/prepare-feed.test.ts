// Normalising in two stages (bodies to text in one thread, the rest in another) gives the Articles normalising at once gives.

import {readdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readFeedFile} from '../../source/feeds/decode.js';
import {normalizeFeed, prepareFeed, type ParseFeedOptions} from '../../source/feeds/normalize.js';
import {extractFeed} from '../../source/feeds/parse.js';
import {defaultSettings} from '../../source/model/feed.js';
import {fixtureDir} from '../helpers/feed-server.js';

const options = (feedUrl: string): ParseFeedOptions => ({feedUrl, fetchedAt: '2026-11-25T12:00:00.000Z', settings: defaultSettings});

// Items without guid, link or title: their id is a hash of the start of their markup, which prepareFeed cuts.
const anonymousItems = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><description>${'&lt;p&gt;Erster Absatz mit &amp;amp; und Text. '.repeat(40)}</description></item>
<item><description>kurz</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;${'Langer Inhalt '.repeat(80)}&lt;/p&gt;</content:encoded></item>
<item><title>Nur Titel</title></item>
</channel></rss>`;

const anonymousAtom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><summary type="html">${'&lt;b&gt;Zusammenfassung&lt;/b&gt; '.repeat(60)}</summary><content type="html">&lt;p&gt;${'Inhalt '.repeat(120)}&lt;/p&gt;</content><updated>2026-11-20T10:00:00Z</updated></entry>
<entry><content type="html">&lt;p&gt;Nur Inhalt&lt;/p&gt;</content></entry>
</feed>`;

describe('prepareFeed', () => {
	const files = readdirSync(fixtureDir).filter(name => !name.startsWith('broken'));

	it.each(files)('%s: prepared, then normalised, gives the same Articles as normalised at once', async name => {
		const url = new URL(name, fixtureDir);
		const extracted = await extractFeed(await readFeedFile(url), options(url.href));
		const prepared = prepareFeed(extracted, options(url.href));
		expect(normalizeFeed(prepared, options(url.href))).toEqual(normalizeFeed(extracted, options(url.href)));
	});

	it('keeps the ids of items without guid, link or title (hashed from their markup), and cuts the markup it hands on', async () => {
		for (const text of [anonymousItems, anonymousAtom]) {
			const extracted = await extractFeed(text, options('https://example.org/feed'));
			const prepared = prepareFeed(extracted, options('https://example.org/feed'));
			const once = normalizeFeed(extracted, options('https://example.org/feed'));
			expect(once.articles.length).toBeGreaterThan(1);
			expect(normalizeFeed(prepared, options('https://example.org/feed'))).toEqual(once);
			const longest = (feed: typeof extracted) => Math.max(...feed.items.flatMap(item => [item.content.length, item.summary.length, item.encoded.length]));
			expect(longest(extracted)).toBeGreaterThan(500);
			expect(longest(prepared)).toBeLessThanOrEqual(500);
		}
	});
});

describe('prepareFeed, what crosses to the other thread', () => {
	// The raw bodies normalizeFeed still reads: RSS description (content) and content:encoded, Atom summary and content.
	const rawFields = (isAtom: boolean) => (isAtom ? ['summary', 'content'] as const : ['content', 'encoded'] as const);

	it('cuts the raw bodies of an item with its own id (guid, Atom id, rdf:about or link) to one character, of others to 500', async () => {
		let cutToOne = 0;
		for (const name of readdirSync(fixtureDir).filter(file => !file.startsWith('broken'))) {
			const url = new URL(name, fixtureDir);
			const extracted = await extractFeed(await readFeedFile(url), options(url.href));
			const prepared = prepareFeed(extracted, options(url.href));
			for (const [index, item] of prepared.items.entries()) {
				const raw = extracted.items[index]!;
				const hasId = [raw.guid, raw.id, raw.about, raw.link].some(field => field.trim() !== '');
				for (const field of rawFields(extracted.feed.isAtom)) {
					expect(item[field]).toBe(raw[field].slice(0, hasId ? 1 : 500));
					if (hasId && raw[field].length > 1) cutToOne++;
				}
			}
		}
		expect(cutToOne).toBeGreaterThan(100);
		// Items without guid and link keep 500 characters: their ids are hashed from them (the test above).
		for (const text of [anonymousItems, anonymousAtom]) {
			const extracted = await extractFeed(text, options('https://example.org/feed'));
			const prepared = prepareFeed(extracted, options('https://example.org/feed'));
			const longest = Math.max(...prepared.items.flatMap(item => rawFields(extracted.feed.isAtom).map(field => item[field].length)));
			expect(longest).toBe(500);
		}
	});
});
