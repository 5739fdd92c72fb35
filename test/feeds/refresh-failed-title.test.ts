// A feed that fails is named by the title it had the last time it was read, not by its address.

import {describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {startFeedServer} from '../helpers/feed-server.js';

const settings = {...defaultSettings, timeoutSeconds: 5, concurrency: 2};

describe('the name of a failing feed', () => {
	it('is the feed\'s stored title when the list gives none, and the address only for a feed never read', async () => {
		const store = new ArticleStore(':memory:');
		const server = await startFeedServer();
		try {
			const known: FeedConfig = {url: server.url('/ok/tagesschau-2021-02-18.rss'), title: '', tags: [], enabled: true};
			const first = await refreshFeeds([known], {settings, store});
			expect(first.results[0]).toMatchObject({outcome: 'ok'});
			const ownTitle = first.results[0]!.title;
			expect(ownTitle).not.toBe(known.url);
			expect(ownTitle.length).toBeGreaterThan(0);

			const unknown: FeedConfig = {url: server.url('/status/404'), title: '', tags: [], enabled: true};
			await server.close();
			const again = await refreshFeeds([known, unknown], {settings, store});
			expect(again.results.map((result) => result.outcome)).toEqual(['error', 'error']);
			expect(again.results[0]!.title).toBe(ownTitle);
			expect(again.results[1]!.title).toBe(unknown.url);
		} finally {
			store.close();
		}
	});
});
