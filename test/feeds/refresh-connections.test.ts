// refreshFeeds against the bench's loopback farm, watched from the server: requests in flight and connections used.

import type {Socket} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {type Farm, startFarm} from '../../bench/farm/server.js';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import {MemoryStore} from './memory-store.js';

const concurrency = 6;
let farm: Farm;
const watch = {inFlight: 0, maxInFlight: 0, sockets: new Set<Socket>()};

beforeAll(async () => {
	farm = await startFarm({
		count: 30,
		itemsPerFeed: 3,
		minDelay: 5,
		maxDelay: 15,
		onRequest(request, status) {
			if (status === 304) {
				watch.inFlight--;
				return;
			}

			watch.inFlight++;
			watch.maxInFlight = Math.max(watch.maxInFlight, watch.inFlight);
			watch.sockets.add(request.socket);
		},
	});
});

afterAll(async () => {
	await farm.stop();
});

describe('refreshFeeds on the farm', () => {
	it('revalidates with at most `concurrency` requests in flight, over kept-alive connections', async () => {
		const feeds: FeedConfig[] = farm.urls.map(url => ({url, title: '', tags: [], enabled: true}));
		const store = new MemoryStore();
		const settings = {...defaultSettings, concurrency};
		const cold = await refreshFeeds(feeds, {settings, store});
		expect(cold.ok).toBe(feeds.length);

		watch.inFlight = 0;
		watch.maxInFlight = 0;
		watch.sockets.clear();
		const warm = await refreshFeeds(feeds, {settings, store});
		expect(warm.notModified).toBe(feeds.length);
		expect(farm.takeStats()).toMatchObject({notModified: feeds.length});
		// Every slot is used, none more; 30 revalidations travel over one connection per slot.
		expect(watch.maxInFlight).toBe(concurrency);
		expect(watch.sockets.size).toBeLessThanOrEqual(concurrency);
	});
});
