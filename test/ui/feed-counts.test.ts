// The feed manager's unread/stored column (walk 13 #250), the status row's unread total (#251) and A over the whole
// feed (review V18 #14), kept current after m, A and d.

import {afterEach, describe, expect, test} from 'vitest';
import {feedReading} from '../../source/ui/commands/feed-reading.js';
import {reloadCommands} from '../../source/ui/commands/reload-commands.js';
import {selection} from '../../source/ui/commands/selection.js';
import {navigationCommands} from '../../source/ui/commands/navigation-commands.js';
import {readMarks} from '../../source/ui/commands/read-marks.js';
import type {FeedArticle} from '../../source/services/app-services.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {assertFits, startTestApp, type AppUnderTest} from './app-fixture.js';
import {harness, settled} from './commands/harness.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The feed manager's rows, without colours: those that start with the enabled mark. */
const feedRows = (frame: string) => stripAnsi(frame).split('\n').filter(row => /^.\[[x ]\] /u.test(row));

describe.each([
	{language: 'en' as const, columns: 120, total: 'unread'},
	{language: 'de' as const, columns: 80, total: 'ungelesen'},
])('$language at $columns columns', ({language, columns, total}) => {
	test('each feed shows unread/stored, right-aligned under •/#; the status row says the total; m, A and d keep them current', async () => {
		app = await startTestApp({columns, rows: 30, language});
		const counts = await app.services.readCounts();
		expect(counts.unread).toBeGreaterThan(0);
		await app.waitFor(` ${counts.unread} ${total} `);
		await app.press('f');
		let frame = await app.waitFor('•/#');
		assertFits(frame, columns, 30);
		const feeds = await app.services.listFeeds();
		const rows = feedRows(frame);
		expect(rows).toHaveLength(feeds.length);
		const header = stripAnsi(frame).split('\n').find(row => row.includes('•/#'))!;
		for (const [index, feed] of feeds.entries()) {
			const {stored, unread} = counts.feeds.get(feed.config.url) ?? {stored: 0, unread: 0};
			// Right-aligned: every cell ends where the heading ends.
			expect(rows[index]!.trimEnd().endsWith(` ${unread}/${stored}`)).toBe(true);
			expect(rows[index]!.trimEnd().length).toBe(header.trimEnd().length);
		}

		// The selected feed's counts in words under the list.
		const first = counts.feeds.get(feeds[0]!.config.url)!;
		expect(frame).toContain(language === 'en' ? `${first.unread} unread of ${first.stored} stored` : `${first.unread} ungelesen von ${first.stored} gespeichert`);

		// A on the first feed: its row says 0 unread, the total drops by what the store counts now.
		await app.press('A');
		await app.waitFor(language === 'en' ? 'read?' : 'markieren?');
		await app.press(keys.enter);
		const afterA = await app.services.readCounts();
		expect(afterA.unread).toBeLessThan(counts.unread);
		frame = await app.waitFor(` 0/${first.stored}`);
		expect(feedRows(frame)[0]!.trimEnd().endsWith(` 0/${first.stored}`)).toBe(true);
		// g (the cursor stays) takes the message away: at 80 columns German it has the row to itself.
		await app.press('g');
		await app.waitFor(` ${afterA.unread} ${total} `);

		// m on an article of the second feed's list: its row counts one unread fewer once back.
		const second = counts.feeds.get(feeds[1]!.config.url)!;
		await app.press('j', keys.enter);
		await app.waitFor(`(${second.stored}, ${second.unread}•)`);
		await app.press('m');
		await app.waitFor(`(${second.stored}, ${second.unread - 1}•)`);
		await app.press(keys.esc);
		await app.waitFor(` ${second.unread - 1}/${second.stored}`);
		await app.press('g', 'j');
		await app.waitFor(` ${afterA.unread - 1} ${total} `);

		// d on the second feed: it leaves the list, and the counts are read again (these services keep its articles).
		const calls = app.services.calls.filter(call => call.name === 'readCounts').length;
		await app.press('d');
		await app.press(language === 'en' ? 'y' : keys.enter);
		await app.waitFor(language === 'en' ? 'Feed removed' : 'Feed entfernt');
		await settled(() => app!.services.calls.filter(call => call.name === 'readCounts').length > calls);
		expect(feedRows(app.frame())).toHaveLength(feeds.length - 1);
	}, 90_000);
});

describe('A over a feed longer than its list', () => {
	test('the question counts every unread article of the feed and yes marks them all, not only the rows its list reads', async () => {
		const test = await harness();
		// The list of a feed reads its newest rows only (the store's 1,000): here 3 of them.
		const listed = test.services.feedArticles.bind(test.services);
		test.services.feedArticles = async (url: string): Promise<FeedArticle[]> => (await listed(url)).slice(0, 3);
		const reload = reloadCommands(test.tools);
		await reload.reloadBriefing();
		await reload.reloadFeeds();
		const selected = selection(test.tools);
		const reading = feedReading(test.tools, reload, selected, navigationCommands(test.tools, reload, selected, readMarks(test.tools, selected, reload)));
		const feed = test.state().feeds![0]!;
		const all = [...test.services.articles.values()].filter(article => article.feedUrl === feed.config.url);
		expect(all.length).toBeGreaterThan(3);

		reading.askMarkFeedRead();
		await settled(() => test.state().overlay !== null);
		expect(test.state().overlay).toMatchObject({kind: 'confirm', purpose: 'markFeedRead', count: all.length});
		reading.markFeedRead(feed.config.url);
		await settled(() => test.state().message?.text === `${all.length} articles marked read`);
		expect(all.every(article => test.services.read.has(article.uid))).toBe(true);
	});
});
