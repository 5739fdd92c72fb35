// The order a refresh starts feeds in: turns between hosts, on the bundled default list and on the bench farm.

import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {startFarm} from '../../bench/farm/server.js';
import {parseOpml} from '../../source/config/opml.js';
import {hostInterleaved} from '../../source/feeds/host-order.js';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import {MemoryStore} from './memory-store.js';

const host = (url: string): string => new URL(url).host;
const defaultList = parseOpml(readFileSync(new URL('../../feeds/default.opml', import.meta.url), 'utf8')).feeds;

describe('hostInterleaved', () => {
	it('takes every feed of the default list once, one per host in each turn, the biggest host first', () => {
		const hosts = new Set(defaultList.map(feed => host(feed.url)));
		expect(hosts.size).toBeLessThan(defaultList.length);
		// The list names one site's feeds next to each other.
		const grouped = [...defaultList].sort((a, b) => host(a.url).localeCompare(host(b.url)));
		const ordered = hostInterleaved(grouped);
		expect([...ordered].sort((a, b) => a.url.localeCompare(b.url))).toEqual([...grouped].sort((a, b) => a.url.localeCompare(b.url)));
		expect(new Set(ordered.slice(0, hosts.size).map(feed => host(feed.url))).size).toBe(hosts.size);
		const counts = new Map<string, number>();
		for (const feed of defaultList) counts.set(host(feed.url), (counts.get(host(feed.url)) ?? 0) + 1);
		expect(counts.get(host(ordered[0]!.url))).toBe(Math.max(...counts.values()));
		for (const name of hosts) {
			expect(ordered.filter(feed => host(feed.url) === name)).toEqual(grouped.filter(feed => host(feed.url) === name));
		}
	});

	it('leaves a list of one host, and a list with URLs that do not parse, in a usable order', () => {
		const one = defaultList.filter(feed => host(feed.url) === host(defaultList[0]!.url));
		expect(hostInterleaved(one)).toEqual(one);
		const odd = [{url: 'not a url'}, {url: 'https://a.example/1'}, {url: 'not a url'}, {url: 'https://a.example/2'}];
		expect(hostInterleaved(odd)).toEqual([{url: 'not a url'}, {url: 'https://a.example/1'}, {url: 'not a url'}, {url: 'https://a.example/2'}]);
	});
});

describe('refreshFeeds', () => {
	it('asks the hosts of a list grouped by host in turns, and reports in the list order', async () => {
		const arrivals: string[] = [];
		const farm = await startFarm({count: 9, itemsPerFeed: 2, minDelay: 1, maxDelay: 3, ports: 3, onRequest(request, status) {
			if (!status) arrivals.push(request.headers.host ?? '');
		}});
		try {
			const feeds: FeedConfig[] = [...farm.urls].sort((a, b) => host(a).localeCompare(host(b))).map(url => ({url, title: '', tags: [], enabled: true}));
			const summary = await refreshFeeds(feeds, {settings: {...defaultSettings, concurrency: 1}, store: new MemoryStore()});
			expect(summary.results.map(result => result.url)).toEqual(feeds.map(feed => feed.url));
			expect(summary.ok).toBe(9);
			expect(arrivals).toHaveLength(9);
			for (let index = 1; index < arrivals.length; index++) expect(arrivals[index]).not.toBe(arrivals[index - 1]);
		} finally {
			await farm.stop();
		}
	});
});
