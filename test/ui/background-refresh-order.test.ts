// A refresh nobody asked for (every N minutes) keeps the topic order on screen; R shows the briefing's new order.

import {afterEach, describe, expect, test} from 'vitest';
import {loadFixtureFeeds} from '../helpers/fixture-articles.js';
import {delay, stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** Topic names down the left pane, top to bottom, as shown (a long one cut with "…"). */
function topicRows(frame: string): string[] {
	return stripAnsi(frame).split('\n').slice(2)
		.filter(row => row.includes('│'))
		.map(row => row.split('│')[0] ?? '')
		.map(left => left.slice(1).replace(/\s+\d+\s+\d+[•+]?\s*$/u, '').trim())
		.filter(Boolean);
}

/** The names of `names` in the order the pane shows them. */
function shownOrder(frame: string, names: readonly string[]): string[] {
	return topicRows(frame).map(row => names.find(name => name === row || (row.endsWith('…') && name.startsWith(row.slice(0, -1)))) ?? row);
}

async function until(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
	const start = Date.now();
	while (!predicate()) {
		if (Date.now() - start > timeoutMs) throw new Error('timed out');
		await delay(50);
	}
}

describe('background refreshes and the topic order', () => {
	test('the timer\'s refresh keeps the order; R takes the new one', async () => {
		app = await startTestApp({settings: {autoRefreshMinutes: 0.04}});
		const ranked = (await app.services.getBriefing({unreadOnly: false})).topics.map(topic => topic.name);
		const before = shownOrder(app.frame(), ranked);
		expect(before).toEqual(ranked);
		const more = await loadFixtureFeeds(['uol-noticias.rss', 'medium-content-encoded.rss', 'guardian-us-politics-2018.rss']);
		app.services.pending = more.flatMap(feed => feed.articles).map((article, index) => ({...article, published: new Date(Date.parse('2022-07-28T11:30:00.000Z') - index * 60_000).toISOString()}));
		// The timer fires (2.4 s) and its refresh brings the articles in.
		await app.waitFor(/[1-9]\d* new articles/u, 8000);
		const grown = (await app.services.getBriefing({unreadOnly: false})).topics.map(topic => topic.name);
		expect(grown, 'the new articles must change the briefing\'s own order, or this test shows nothing').not.toEqual(ranked);
		await delay(300);
		expect(shownOrder(app.frame(), grown).filter(name => ranked.includes(name))).toEqual(ranked.filter(name => grown.includes(name)));

		app.services.pending = [];
		// R during the timer's next refresh only says "A refresh is under way already": press again until one runs.
		for (let tries = 0; tries < 8 && shownOrder(app.frame(), grown).join('|') !== grown.join('|'); tries++) {
			await app.press('R');
			await until(() => shownOrder(app!.frame(), grown).join('|') === grown.join('|'), 2500).catch(() => undefined);
		}

		expect(shownOrder(app.frame(), grown)).toEqual(grown);
	});
});
