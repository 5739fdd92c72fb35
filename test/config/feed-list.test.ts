import {describe, expect, it} from 'vitest';
import {addFeed, findFeed, removeFeed, updateFeed} from '../../source/config/feed-list.js';
import {feedId, feedUrlKey, parseFeedUrl} from '../../source/config/feed-url.js';

describe('feed list edits', () => {
	const feeds = addFeed(addFeed([], {url: 'https://a.example/rss', title: 'A', tags: ['x', ' X ', 'y', '']}), {url: 'https://b.example/feed/'});

	it('cleans tags and finds feeds by URL variant or ID prefix', () => {
		expect(feeds[0]?.tags).toEqual(['x', 'y']);
		expect(findFeed(feeds, 'HTTPS://B.EXAMPLE/feed')?.url).toBe('https://b.example/feed/');
		expect(findFeed(feeds, feedId('https://a.example/rss'))?.title).toBe('A');
		expect(findFeed(feeds, feedId('https://a.example/rss').slice(0, 4))?.title).toBe('A');
		expect(findFeed(feeds, 'https://c.example/')).toBeUndefined();
	});

	it('renames, retags, disables and enables one feed and leaves the others', () => {
		const changed = updateFeed(feeds, 'https://a.example/rss', {title: ' Renamed ', tags: ['z', 'z'], enabled: false, language: 'de'});
		expect(changed[0]).toEqual({url: 'https://a.example/rss', title: 'Renamed', tags: ['z'], enabled: false, language: 'de'});
		expect(changed[1]).toBe(feeds[1]);
		expect(updateFeed(changed, 'https://a.example/rss', {enabled: true, language: ''})[0]).toEqual({url: 'https://a.example/rss', title: 'Renamed', tags: ['z'], enabled: true});
		expect(() => updateFeed(feeds, 'https://nope.example/', {enabled: false})).toThrow(/no feed/);
	});

	it('removes by ID and reports what went', () => {
		const {feeds: rest, removed} = removeFeed(feeds, feedId('https://b.example/feed/'));
		expect(removed.url).toBe('https://b.example/feed/');
		expect(rest.map(feed => feed.url)).toEqual(['https://a.example/rss']);
	});

	it('normalizes URLs for comparison but keeps them readable', () => {
		expect(parseFeedUrl('  https://Example.ORG/Feed.xml#x ')).toBe('https://example.org/Feed.xml');
		expect(feedUrlKey('https://example.org:443/feed/')).toBe(feedUrlKey('https://EXAMPLE.org/feed'));
		expect(feedUrlKey('https://example.org/Feed')).not.toBe(feedUrlKey('https://example.org/feed'));
		expect(() => parseFeedUrl('mailto:x@example.org')).toThrow(/http/);
	});
});

describe('typedFeedUrl', () => {
	it('an address typed without its scheme is https, as in a browser; a lone word or another scheme is none', async () => {
		const {typedFeedUrl} = await import('../../source/config/feed-url.js');
		expect(typedFeedUrl('example.org/rss')).toBe('https://example.org/rss');
		expect(typedFeedUrl('  http://Example.org/feed#top ')).toBe('http://example.org/feed');
		expect(typedFeedUrl('localhost:8080/feed.xml')).toBe('https://localhost:8080/feed.xml');
		expect(typedFeedUrl('notaurl')).toBeUndefined();
		expect(typedFeedUrl('not a url')).toBeUndefined();
		expect(typedFeedUrl('ftp://example.org/feed')).toBeUndefined();
	});
});
