import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {parseNewsboatUrls, urlsLineWords} from '../../source/config/newsboat-urls.js';
import {cli} from '../cli/run-cli.js';

// A urls file as newsboat's documentation writes them (Tagging, Query Feeds, Scripts and Filters), with a comment,
// a quoted tag, a title tag, a hidden feed, a duplicate, and two lines that cannot be read.
const urlsFile = [
	'# my feeds',
	'https://blog.fefe.de/rss.xml?html interesting conspiracy news "cool stuff"',
	'https://rss.orf.at/news.xml news orf "~ORF News"',
	'',
	'"query:Unread Articles:unread = \\"yes\\""',
	'https://www.heise.de/newsticker/heise.rdf ! news',
	'exec:~/bin/execurl-script tag1',
	'"filter:~/bin/filter-script param1:https://some.test/url" tag3',
	'https://rss.orf.at/news.xml again',
	'ftp://example.org/feed.xml',
	'https://example.org/open "unclosed tag',
	'\thttps://example.org/indented.xml   tab\t# a comment after the tags',
].join('\n');

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-urls-'));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

describe('newsboat urls file', () => {
	it('splits a line as newsboat does: blanks, quotes with escapes, # starting a word', () => {
		expect(urlsLineWords('https://a.example/x tag "two words" "a \\"q\\" b"')).toEqual(['https://a.example/x', 'tag', 'two words', 'a "q" b']);
		expect(urlsLineWords('https://a.example/x#frag tag # comment "x')).toEqual(['https://a.example/x#frag', 'tag']);
		expect(() => urlsLineWords('https://a.example/x "open')).toThrow(/not closed/u);
	});

	it('reads feeds with tags and titles, lists query/exec/filter lines and unreadable lines by number', () => {
		const parsed = parseNewsboatUrls(urlsFile);
		expect(parsed.feeds.map(feed => [feed.line, feed.url, feed.title, feed.tags])).toEqual([
			[2, 'https://blog.fefe.de/rss.xml?html', '', ['interesting', 'conspiracy', 'news', 'cool stuff']],
			[3, 'https://rss.orf.at/news.xml', 'ORF News', ['news', 'orf']],
			[6, 'https://www.heise.de/newsticker/heise.rdf', '', ['news']],
			[9, 'https://rss.orf.at/news.xml', '', ['again']],
			[12, 'https://example.org/indented.xml', '', ['tab']],
		]);
		expect(parsed.notFeeds).toEqual([
			{line: 5, kind: 'query', name: 'Unread Articles'},
			{line: 7, kind: 'exec', name: '~/bin/execurl-script'},
			{line: 8, kind: 'filter', name: '~/bin/filter-script param1:https://some.test/url'},
		]);
		expect(parsed.unreadable.map(entry => entry.line)).toEqual([10, 11]);
		expect(parsed.unreadable[0]!.reason).toContain('only http:// and https://');
	});

	it('`feeds import` takes the urls file: counts added, duplicates, not feeds and unreadable lines', async () => {
		const file = path.join(home, 'urls');
		writeFileSync(file, urlsFile);
		const result = await cli(home, 'feeds', 'import', file);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain(`Imported 4 of 5 feeds from ${file} (newsboat urls file); skipped: 1 already in the list, 3 lines not a feed (query/exec/filter), 2 lines not read (lines 10, 11).`);
		expect(result.stdout).toContain('line 5: newsboat query feed "Unread Articles" is not a feed');
		expect(result.stdout).toContain('line 9: https://rss.orf.at/news.xml: already in the feed list');
		expect(result.stdout).toContain('line 11: not read: a quote (") is not closed');
		const noteLines = result.stdout.trimEnd().split('\n').slice(1).map(line => Number(/line (\d+)/u.exec(line)?.[1]));
		expect(noteLines).toEqual([...noteLines].sort((a, b) => a - b));
		const feeds = (JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string; title: string; tags: string[]}>}).feeds;
		expect(feeds.map(feed => [feed.url, feed.title, feed.tags])).toEqual([
			['https://blog.fefe.de/rss.xml?html', '', ['interesting', 'conspiracy', 'news', 'cool stuff']],
			['https://rss.orf.at/news.xml', 'ORF News', ['news', 'orf']],
			['https://www.heise.de/newsticker/heise.rdf', '', ['news']],
			['https://example.org/indented.xml', '', ['tab']],
		]);

		const again = await cli(home, 'feeds', 'import', file);
		expect(again.stdout).toContain('Imported 0 of 5 feeds');
		expect(again.stdout).toContain('5 already in the list');
	});

	it('a text file that is neither OPML nor a urls file is refused with its first line, nothing changed', async () => {
		const file = path.join(home, 'notes.txt');
		writeFileSync(file, 'shopping list\nmilk\n');
		const result = await cli(home, 'feeds', 'import', file);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`${file}: neither an OPML file nor a newsboat urls file (line 1: "shopping list")`);
		expect((await cli(home, 'feeds', 'list')).stderr).toContain('No feeds configured');
	});
});
