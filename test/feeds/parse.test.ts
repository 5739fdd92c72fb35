// parseFeedText over every real fixture feed (RSS 0.92, 1.0/RDF, 2.0, Atom) and over hostile text.

import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import Parser from 'rss-parser';
import {readFeedFile} from '../../source/feeds/decode.js';
import {parseFeedText, type ParseFeedOptions} from '../../source/feeds/parse.js';
import {ParseError} from '../../source/feeds/feed-error.js';
import {defaultSettings} from '../../source/model/feed.js';
import {billionLaughs, escapeFeed, fixtureDir, htmlPage, malformedFeed} from '../helpers/feed-server.js';

const fetchedAt = '2026-01-02T03:04:05.000Z';
const options = (feedUrl: string, extra: Partial<ParseFeedOptions> = {}): ParseFeedOptions => ({feedUrl, fetchedAt, settings: defaultSettings, ...extra});

async function parseFixture(name: string, extra: Partial<ParseFeedOptions> = {}) {
	const url = new URL(name, fixtureDir);
	return parseFeedText(await readFeedFile(url), options(url.href, extra));
}

async function parseError(text: string): Promise<string> {
	try {
		await parseFeedText(text, options('https://example.org/feed'));
	} catch (error) {
		expect(error).toBeInstanceOf(ParseError);
		return (error as Error).message;
	}
	throw new Error('expected a parse error');
}

const realFeeds = [
	'tagesschau-2021-02-18.rss', 'nyt-world-europe-2021-02-27.rss', 'guardian-us-politics-2018.rss', 'googlenews-top-2022-07-28.rss',
	'googlenews-top-2022-07-28.atom', 'orf-rdf-2025.rdf', 'heise-developer-2016.atom', 'huffpost-canada.rss', 'heraldsun-rss092.rss',
	'jn-pt-latin1.rss', 'uol-noticias.rss', 'slashdot-rdf.rdf', 'medium-content-encoded.rss', 'feedburner.atom',
];

describe('parseFeedText on real feeds', () => {
	it.each(realFeeds)('%s: every item becomes a clean Article', async (name) => {
		const feed = await parseFixture(name);
		const source = await readFeedFile(new URL(name, fixtureDir));
		const itemCount = (source.match(/<item[\s>]|<entry[\s>]/g) ?? []).length;
		// A guid that appears twice (tagesschau has one) is one article.
		const guids = [...source.matchAll(/<guid[^>]*>([^<]*)<\/guid>/g)].map((m) => m[1]);
		expect(feed.articles).toHaveLength(itemCount - (guids.length - new Set(guids).size));
		expect(feed.title).not.toBe('');
		for (const article of feed.articles) {
			expect(article.uid).toMatch(/^[0-9a-f]{16}$/);
			expect(article.uid).toBe(createHash('sha1').update(`${new URL(name, fixtureDir).href}\n${article.itemId}`).digest('hex').slice(0, 16));
			expect(article.title).not.toBe('');
			expect(article.url).toMatch(/^https?:\/\//);
			expect(new Date(article.published).toISOString()).toBe(article.published);
			expect(article.language).toMatch(/^[a-z]{2}$/);
			expect(article.fetchedAt).toBe(fetchedAt);
			// (Bodies may quote markup as text — feedburner's post shows HTML code — so entities are checked in titles.)
			expect(article.title).not.toMatch(/&(amp|lt|gt|quot|nbsp|#\d+);|[<>\n]/);
			for (const text of [article.summary, article.content]) {
				expect(text).not.toMatch(/<\/?(p|div|br|img|span)\b[^>]*>/i);
				expect(text).not.toMatch(/\n{3,}|^\s|\s$/);
			}
		}
		expect(new Set(feed.articles.map((a) => a.uid)).size).toBe(feed.articles.length);
	});

	it('reads RSS 0.92 (Herald Sun sample)', async () => {
		const feed = await parseFixture('heraldsun-rss092.rss');
		expect(feed.language).toBe('en');
		expect(feed.articles.map((a) => a.title)).toEqual(['The First Item', 'The Second Item']);
		// No item dates: the fetch time stands in, flagged as estimated.
		expect(feed.articles[0]).toMatchObject({published: fetchedAt, publishedEstimated: true});
	});

	it('reads RSS 1.0 / RDF (ORF, Slashdot) with dc:date and dc:creator', async () => {
		const orf = await parseFixture('orf-rdf-2025.rdf');
		expect(orf).toMatchObject({title: 'news.ORF.at', language: 'de'});
		expect(orf.articles[0]).toMatchObject({title: 'Kiew erneut Ziel russischer Drohnenangriffe', url: 'https://orf.at/stories/3380633/', published: '2025-01-03T09:14:24.000Z', publishedEstimated: false});
		const slashdot = await parseFixture('slashdot-rdf.rdf');
		expect(slashdot.articles[0]!.author).toBe('BeauHD');
		expect(slashdot.articles[0]!.content).toContain('SpaceX is working with Cloudlfare');
	});

	it('reads Atom (heise) and detects German when the feed names no language', async () => {
		const feed = await parseFixture('heise-developer-2016.atom');
		expect(feed.language).toBe('');
		expect(feed.articles).toHaveLength(15);
		expect(feed.articles.every((a) => a.language === 'de')).toBe(true);
		expect(feed.articles[0]).toMatchObject({itemId: 'http://heise.de/-3088438', published: '2016-02-01T16:22:00.000Z'});
		// A configured language wins over detection.
		const configured = await parseFixture('heise-developer-2016.atom', {language: 'en'});
		expect(configured.articles[0]!.language).toBe('en');
	});

	it('decodes the ISO-8859-1 feed (ã, ç, ú) correctly', async () => {
		const feed = await parseFixture('jn-pt-latin1.rss');
		expect(feed.title).toBe('Jornal de Notícias - Últimas Notícias');
		expect(feed.language).toBe('pt');
		expect(feed.articles[0]!.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
		const all = feed.articles.map((a) => `${a.title} ${a.summary}`).join(' ');
		expect(all).toContain('ç');
		expect(all).toContain('ã');
		expect(all).not.toContain('\uFFFD');
	});

	it('uses content:encoded as the content and the description as the summary', async () => {
		const feed = await parseFixture('tagesschau-2021-02-18.rss');
		const first = feed.articles[0]!;
		expect(first.summary).toMatch(/^Der NASA-Rover "Perseverance" ist nach sechs Monaten/);
		expect(first.content).toContain('Meldung bei www.tagesschau.de lesen');
		expect(first.summary).not.toContain('Meldung bei');
		const medium = await parseFixture('medium-content-encoded.rss');
		const post = medium.articles[0]!;
		expect(post.content.length).toBeGreaterThan(post.summary.length * 5);
		expect(post.content.split('\n\n').length).toBeGreaterThan(5);
		expect(post.author).toBe('Jeremy Puma');
	});

	it('turns HTML descriptions into paragraphs (Guardian)', async () => {
		const feed = await parseFixture('guardian-us-politics-2018.rss');
		const first = feed.articles[0]!;
		expect(first.summary.split('\n\n')[0]).toBe('The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt');
		expect(first.summary.split('\n\n')).toContain("Related: Fact check: Donald Trump's State of the Union address analyzed");
		expect(first.author).toBe('David Smith in Washington');
	});

	it('reads localized RFC 822 dates (UOL: "Seg, 24 Set 2018 19:42:40 -0300")', async () => {
		const feed = await parseFixture('uol-noticias.rss');
		expect(feed.articles[0]).toMatchObject({published: '2018-09-24T22:42:40.000Z', publishedEstimated: false, language: 'pt'});
	});

	it('handles the broken-but-valid Atom samples: ids from a hash, estimated dates', async () => {
		// An entry of nothing but an empty author, or an id (not an address): nothing to read or open, so no article
		// (sixth walk #148); an entry with a title alone gets an id from a hash and an estimated date.
		expect((await parseFixture('broken-incomplete-fields.atom')).articles).toEqual([]);
		expect((await parseFixture('broken-missing-fields.atom')).articles).toEqual([]);
		const source = (await readFeedFile(new URL('broken-incomplete-fields.atom', fixtureDir))).replace('<author></author>', '<title>Only a title</title>');
		const titled = await parseFeedText(source, options('https://example.org/feed.atom'));
		expect(titled.articles).toHaveLength(1);
		expect(titled.articles[0]!.itemId).toMatch(/^[0-9a-f]{16}$/);
		expect(titled.articles[0]!.publishedEstimated).toBe(true);
		expect(await parseFixture('broken-unrecognized.rss').catch((e: Error) => e.message)).toBe('not a feed (got an HTML page)');
	});

	it('applies maxItemsPerFeed and maxArticleChars', async () => {
		const feed = await parseFixture('medium-content-encoded.rss', {settings: {...defaultSettings, maxItemsPerFeed: 3, maxArticleChars: 200}});
		expect(feed.articles).toHaveLength(3);
		for (const article of feed.articles) {
			expect(article.content.length).toBeLessThanOrEqual(200);
			expect(article.summary.length).toBeLessThanOrEqual(200);
		}
	});
});

describe('parseFeedText on made-up and hostile text', () => {
	const rss = (items: string, channel = '<link>https://example.org/news/</link>') =>
		`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${channel}${items}</channel></rss>`;

	it('resolves relative links against the feed link and drops non-http links', async () => {
		const feed = await parseFeedText(rss('<item><title>a</title><link>../world/a.html</link></item><item><title>b</title><link>javascript:alert(1)</link><guid>b</guid></item>'), options('https://example.org/feed.xml'));
		expect(feed.articles[0]!.url).toBe('https://example.org/world/a.html');
		expect(feed.articles[1]!.url).toBe('');
	});

	it('drops an item with no title, no text and no link; one of the three is enough to keep it', async () => {
		const feed = await parseFeedText(rss([
			'<item><guid isPermaLink="false">only-an-id</guid><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>',
			'<item><guid isPermaLink="false">empty-markup</guid><title> </title><description><![CDATA[<p> </p>]]></description></item>',
			'<item><guid isPermaLink="false">t</guid><title>A title</title></item>',
			'<item><guid isPermaLink="false">d</guid><description>Only a text</description></item>',
			'<item><link>https://example.org/only-a-link</link></item>',
			'<item><guid>https://example.org/guid-is-the-link</guid></item>',
		].join('')), options('https://example.org/feed.xml'));
		expect(feed.articles.map(a => [a.itemId, a.title, a.url])).toEqual([
			['t', 'A title', ''],
			['d', 'Only a text', ''],
			['https://example.org/only-a-link', '', 'https://example.org/only-a-link'],
			['https://example.org/guid-is-the-link', '', 'https://example.org/guid-is-the-link'],
		]);
	});

	it('keeps one article per guid', async () => {
		const feed = await parseFeedText(rss('<item><title>a</title><guid>x</guid></item><item><title>a again</title><guid>x</guid></item>'), options('https://example.org/feed.xml'));
		expect(feed.articles.map((a) => a.title)).toEqual(['a']);
	});

	it('estimates an unparseable date and still reads an Atom feed with a bad <published>', async () => {
		const atom = '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr-FR"><title>A</title><entry><id>1</id><title>Le titre</title><published>yesterday-ish</published></entry></feed>';
		const feed = await parseFeedText(atom, options('https://example.org/atom'));
		expect(feed.language).toBe('fr');
		expect(feed.articles[0]).toMatchObject({title: 'Le titre', published: fetchedAt, publishedEstimated: true, language: 'fr'});
	});

	it('strips a BOM and leading whitespace', async () => {
		const feed = await parseFeedText(`\uFEFF \n${rss('<item><title>x</title></item>')}`, options('https://example.org/f'));
		expect(feed.articles).toHaveLength(1);
	});

	it('rejects what is not a feed with a readable reason', async () => {
		expect(await parseError(htmlPage)).toBe('not a feed (got an HTML page)');
		expect(await parseError('<html><body>hi</body></html>')).toBe('not a feed (got an HTML page)');
		expect(await parseError('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toBe('not a feed (got an HTML page)');
		expect(await parseError('{"items": []}')).toBe('not a feed (got JSON)');
		expect(await parseError('Hello')).toBe('not a feed (got plain text, not XML)');
		expect(await parseError('   ')).toBe('not a feed (empty document)');
		expect(await parseError('<?xml version="1.0"?><opml version="2.0"><body/></opml>')).toBe('not a feed (root element <opml>)');
	});

	it('reports XML errors with their line', async () => {
		expect(await parseError(malformedFeed)).toBe('XML error at line 4: unexpected close tag');
		expect(await parseError('<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<title>a</title>')).toBe('XML error at line 3: unclosed root tag');
	});

	it('refuses entity declarations (billion laughs); the XML parser would not expand them anyway', async () => {
		expect(await parseError(billionLaughs)).toBe('refused: XML entity declarations in DOCTYPE');
		// The guard is belt and braces: sax in strict mode does not expand DTD entities, it fails on them.
		await expect(new Parser().parseString(billionLaughs)).rejects.toThrow(/Invalid character entity/);
		// A DOCTYPE without entity declarations (RSS 0.91 style) is fine.
		const netscape = `<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel><title>N</title><item><title>caf&eacute;</title><link>http://x.org/</link></item></channel></rss>`;
		const feed = await parseFeedText(netscape, options('https://example.org/f'));
		expect(feed.articles[0]!.title).toBe('café');
		// Nor is an article that merely talks about entity declarations.
		const about = netscape.replace('</title><link>', '</title><description><![CDATA[Use <!ENTITY x "y"> with care]]></description><link>');
		expect((await parseFeedText(about, options('https://example.org/f'))).articles[0]!.summary).toBe('Use with care');
	});

	it('reports absurdly deep nesting as an XML error instead of crashing', async () => {
		const deep = `<rss version="2.0"><channel><item><title>t</title><description>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</description></item></channel></rss>`;
		expect(await parseError(deep)).toBe('XML error: elements nested too deeply');
	});

	it('refuses text above the body cap', async () => {
		const big = rss(`<item><title>x</title><description>${'y'.repeat(5000)}</description></item>`);
		await expect(parseFeedText(big, {...options('https://e.org/f'), settings: {...defaultSettings, maxBodyBytes: 1000}})).rejects.toThrow('too large');
	});

	it('removes escape sequences, bidi controls and zero-width characters from every field', async () => {
		const feed = await parseFeedText(escapeFeed(), options('https://example.org/evil'));
		expect(feed.title).toBe('Evil News');
		const [first, second] = feed.articles;
		expect(first!.title).toBe('Clipboard grab and red text');
		expect(first!.summary).toBe('Bidi evil trick and isolate and zerowidth and a bell and title set.');
		expect(second!.title).toBe('Device control and APC and reset done');
		expect(second!.content).toBe('Escaped markup');
	});
});

describe('parseFeedText item details', () => {
	const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://example.org/</link>${items}</channel></rss>`;
	const parse = (xml: string) => parseFeedText(xml, options('https://example.org/feed.xml'));

	it('dates items the feed dates in the future when they are first seen', async () => {
		const ahead = (ms: number) => new Date(Date.parse(fetchedAt) + ms).toUTCString();
		const feed = await parse(
			rss(
				`<item><title>a</title><guid>a</guid><pubDate>Tue, 01 Jan 2030 10:00:00 GMT</pubDate></item>` +
					// Five hours ahead: local time sent as GMT.
					`<item><title>b</title><guid>b</guid><pubDate>${ahead(5 * 3_600_000)}</pubDate></item>` +
					// Ten minutes ahead: the server's clock, taken as it is.
					`<item><title>c</title><guid>c</guid><pubDate>${ahead(10 * 60_000)}</pubDate></item>`,
			),
		);
		expect(feed.articles[0]).toMatchObject({published: fetchedAt, publishedEstimated: true});
		expect(feed.articles[1]).toMatchObject({published: fetchedAt, publishedEstimated: true});
		expect(feed.articles[2]).toMatchObject({published: new Date(Date.parse(fetchedAt) + 10 * 60_000).toISOString(), publishedEstimated: false});
	});

	it('takes the name out of "mail (Name)" authors', async () => {
		const feed = await parse(rss('<item><title>a</title><guid>a</guid><author>jane@example.org (Jane Doe)</author></item>'));
		expect(feed.articles[0]!.author).toBe('Jane Doe');
	});

	it('titles untitled items with the start of their text and keeps them apart', async () => {
		const feed = await parse(rss('<item><description>&lt;p&gt;First untitled item about the harbour.&lt;/p&gt;</description></item><item><description>Second one, also untitled.</description></item>'));
		expect(feed.articles.map((a) => a.title)).toEqual(['First untitled item about the harbour.', 'Second one, also untitled.']);
		expect(feed.articles[0]!.itemId).not.toBe(feed.articles[1]!.itemId);
		// Stable across fetches: the same text gives the same id.
		const again = await parse(rss('<item><description>&lt;p&gt;First untitled item about the harbour.&lt;/p&gt;</description></item>'));
		expect(again.articles[0]!.uid).toBe(feed.articles[0]!.uid);
	});
});

describe('FeedBurner items', () => {
	it('take the article\'s own address (feedburner:origLink), not the feedproxy redirect; their ids stay', async () => {
		const feed = await parseFixture('feedburner.atom');
		const source = await readFeedFile(new URL('feedburner.atom', fixtureDir));
		const origLinks = [...source.matchAll(/<feedburner:origLink>([^<]+)<\/feedburner:origLink>/g)].map(match => match[1]);
		expect(origLinks.length).toBe(feed.articles.length);
		expect(feed.articles.map(article => article.url)).toEqual(origLinks);
		expect(feed.articles.every(article => !article.url.includes('feedproxy'))).toBe(true);
		expect(feed.articles[0]!.itemId).toMatch(/^tag:blogger\.com/u);
	});
});
