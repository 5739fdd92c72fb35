// A refresh nobody asked for (every N minutes) keeps the topic order on screen; R shows the briefing's new order.

import {afterEach, describe, expect, test, vi} from 'vitest';
import {loadFixtureFeeds} from '../helpers/fixture-articles.js';
import {stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
	vi.useRealTimers();
});

/** Topic names down the left pane, top to bottom, as shown (a long one cut with "…", or beside one count or none). */
function topicRows(frame: string): string[] {
	return stripAnsi(frame).split('\n').slice(2)
		.filter(row => row.includes('│'))
		.map(row => row.split('│')[0] ?? '')
		.map(left => left.slice(1).replace(/(?:\s+\d+){0,2}\s*[•+]?\s*$/u, '').trim())
		.filter(Boolean);
}

/** The names of `names` in the order the pane shows them. */
function shownOrder(frame: string, names: readonly string[]): string[] {
	return topicRows(frame).map(row => names.find(name => name === row || (row.endsWith('…') && name.startsWith(row.slice(0, -1)))) ?? row);
}

const statusRow = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1) ?? '';

describe('background refreshes and the topic order', () => {
	test('the timer\'s refresh keeps the order; R takes the new one', async () => {
		// The refresh timer runs on the fake clock: it fires when the test moves the clock on, never by itself.
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'], shouldAdvanceTime: true});
		app = await startTestApp({settings: {autoRefreshMinutes: 10}});
		const ranked = (await app.services.getBriefing({unreadOnly: false})).topics.map(topic => topic.name);
		const before = shownOrder(app.frame(), ranked);
		expect(before).toEqual(ranked);
		const more = await loadFixtureFeeds(['uol-noticias.rss', 'medium-content-encoded.rss', 'guardian-us-politics-2018.rss']);
		app.services.pending = more.flatMap(feed => feed.articles).map((article, index) => ({...article, published: new Date(Date.parse('2022-07-28T11:30:00.000Z') - index * 60_000).toISOString()}));
		// The timer fires and its refresh brings the articles in; its summary comes after the briefing is reloaded.
		await vi.advanceTimersByTimeAsync(10 * 60_000);
		await app.waitFor(/[1-9]\d* new articles/u, 8000);
		expect(app.services.callsOf('refresh')).toEqual([[{background: true}]]);
		const grown = (await app.services.getBriefing({unreadOnly: false})).topics.map(topic => topic.name);
		expect(grown, 'the new articles must change the briefing\'s own order, or this test shows nothing').not.toEqual(ranked);
		expect(shownOrder(app.frame(), grown).filter(name => ranked.includes(name))).toEqual(ranked.filter(name => grown.includes(name)));

		app.services.pending = [];
		await vi.waitUntil(() => !/refreshing \d/u.test(statusRow(app!.frame())), {timeout: 10_000, interval: 10});
		await app.press('R');
		await vi.waitUntil(() => shownOrder(app!.frame(), grown).join('|') === grown.join('|'), {timeout: 10_000, interval: 10});
		expect(app.services.callsOf('refresh')).toEqual([[{background: true}], [{}]]);
		expect(shownOrder(app.frame(), grown)).toEqual(grown);
	});
});
