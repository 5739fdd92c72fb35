// Removing a feed in the app takes its stored articles, and so its stories, with it — as `lagebild feeds remove` does.

import {expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import {readFixture} from '../helpers/feed-server.js';
import {useOwnServerAndHome, writeFeedList} from '../helpers/server-and-home.js';

const bodies: Record<string, Buffer> = {
	'/guardian.rss': readFixture('guardian-us-politics-2018.rss'),
	'/heise.atom': readFixture('heise-developer-2016.atom'),
};

const local = useOwnServerAndHome('lagebild-remove-feed-', (request, response) => {
	const body = bodies[request.url ?? ''];
	if (body) response.writeHead(200, {'content-type': 'application/xml'}).end(body);
	else response.writeHead(404).end();
});

it('removing a feed in the app removes its articles and its stories (review V18 #5: they stayed until retention)', async () => {
	const guardian = `${local.base}/guardian.rss`;
	const heise = `${local.base}/heise.atom`;
	writeFeedList(local.home, [{url: guardian, title: 'Guardian', tags: [], enabled: true}, {url: heise, title: 'heise', tags: [], enabled: true}]);
	const context = await openContext({home: local.home, source: [], offline: false}, {env: {}});
	const services = new StoreServices(context, {openUrl: async () => undefined});
	try {
		await services.refresh({}, () => undefined);
		expect(context.store.articles({feedUrls: [guardian]}).length).toBeGreaterThan(0);
		const heiseBefore = context.store.articles({feedUrls: [heise]}).length;
		expect(heiseBefore).toBeGreaterThan(0);

		await services.removeFeed(guardian);
		expect(context.store.articles({feedUrls: [guardian]})).toEqual([]);
		expect(context.store.articles({feedUrls: [heise]}).length).toBe(heiseBefore);
		const briefing = await services.getBriefing({unreadOnly: false});
		const articleUrls = briefing.topics.flatMap(topic => topic.stories.flatMap(story => story.articles.map(article => article.url)));
		expect(articleUrls.length).toBeGreaterThan(0);
		const heiseLinks = new Set(context.store.articles({feedUrls: [heise]}).map(article => article.url));
		expect(articleUrls.every(url => heiseLinks.has(url))).toBe(true);
	} finally {
		await services.close();
		context.close();
	}
}, 60_000);
