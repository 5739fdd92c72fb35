// newsboat's way through one feed (walk 13 #246, #247): n its next unread article, A all of it read after a question.

import {afterEach, describe, expect, test} from 'vitest';
import {composeCommands} from '../../source/ui/hooks/useCommands.js';
import {delay, keys} from '../helpers/render.js';
import {selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';
import {harness} from './commands/harness.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The feed manager's second feed opened: its articles, newest first (as FeedScreen lists them). */
async function openSecondFeed(current: AppUnderTest) {
	await current.press('f');
	await current.waitFor('#news');
	const feed = (await current.services.listFeeds())[1]!;
	const items = await current.services.feedArticles(feed.config.url);
	await current.press('j', keys.enter);
	await current.waitFor(`(${items.length}, ${items.length}•)`);
	return {feed, items};
}

describe('n on a feed\'s article list and in an article opened from it', () => {
	test('opens the feed\'s next unread article, skipping read ones, then says none is left; never the briefing\'s next story', async () => {
		app = await startTestApp({columns: 110, rows: 40});
		const {items} = await openSecondFeed(app);
		expect(items.length).toBeGreaterThanOrEqual(4);
		// The third article read beforehand (m): n must step over it.
		await app.press('j', 'j', 'm');
		await app.waitFor(`(${items.length}, ${items.length - 1}•)`);
		await app.press('g', 'n');
		let frame = await app.waitFor('Feeds › Feed › Article');
		expect(frame).toContain(items[0]!.article.title.slice(0, 30));
		expect(app.services.read.has(items[0]!.article.id)).toBe(true);

		await app.press('n');
		frame = await app.waitFor(items[1]!.article.title.slice(0, 30));
		expect(frame.split('\n')[0]).toMatch(/Briefing › Feeds › Feed › Article(?! ›)/u);
		await app.press('n');
		frame = await app.waitFor(items[3]!.article.title.slice(0, 30));
		expect(frame.split('\n')[0]).toMatch(/Briefing › Feeds › Feed › Article(?! ›)/u);

		// Esc leads back to the list with the cursor on the article n opened last.
		await app.press(keys.esc);
		frame = await app.waitFor(`(${items.length}, ${items.length - 4}•)`);
		expect(selectedRows(frame)[0]!.text).toContain(items[3]!.article.title.slice(0, 30));

		// The rest read elsewhere (another session, search); the list read again: n says none is left and stays.
		await app.services.markRead(items.slice(4).map(item => item.article.id), true);
		await app.press(keys.esc);
		await app.waitFor('#news');
		await app.press(keys.enter);
		await app.waitFor(`(${items.length})`);
		await app.press('n');
		frame = await app.waitFor('No unread articles left in this feed');
		expect(frame.split('\n')[0]).toMatch(/Feeds › Feed\s*$/u);
	}, 60_000);
});

describe('A marks a feed read, asking first', () => {
	test('on a feed\'s article list: the question counts its unread articles; y marks every one read, the list shows it', async () => {
		app = await startTestApp({columns: 110, rows: 40});
		const {feed, items} = await openSecondFeed(app);
		await app.press('j', keys.enter);
		await app.waitFor('Feeds › Feed › Article');
		await app.press(keys.esc);
		await app.waitFor(`(${items.length}, ${items.length - 1}•)`);

		await app.press('A');
		let frame = await app.waitFor(`Mark ${items.length - 1} unread articles of "${feed.config.title}" read?`);
		expect(app.services.read.size).toBe(1);
		await app.press('y');
		frame = await app.waitFor(`${items.length - 1} articles marked read`);
		expect(frame).toContain(`(${items.length})`);
		expect(frame).not.toContain('•');
		expect(items.every(item => app!.services.read.has(item.article.id))).toBe(true);

		// Nothing left to ask about.
		await app.press('A');
		await app.waitFor('Nothing unread here');
	});

	test('on a feed in the feed manager; n answers no and marks nothing; the help lists A and n for a feed', async () => {
		app = await startTestApp({columns: 110, rows: 40});
		await app.press('f');
		await app.waitFor('#news');
		const feed = (await app.services.listFeeds())[0]!;
		const items = await app.services.feedArticles(feed.config.url);
		await app.press('A');
		await app.waitFor(`Mark ${items.length} unread articles of "${feed.config.title}" read?`);
		await app.press('n');
		await delay(150);
		expect(app.frame()).not.toContain('unread articles of');
		expect(app.services.read.size).toBe(0);
		await app.press('A');
		await app.waitFor('unread articles of');
		await app.press(keys.enter);
		await app.waitFor(`${items.length} articles marked read`);
		expect(items.every(item => app!.services.read.has(item.article.id))).toBe(true);

		await app.press(keys.enter);
		await app.waitFor(`${feed.config.title} (${items.length})`);
		await app.press('?');
		const help = await app.waitFor('Keys — Feed');
		expect(help).toMatch(/A\s+mark every article of the feed read/u);
		expect(help).toMatch(/n\s+open the next unread article/u);
	});

	test('the question fits 80 columns in German with the feed\'s name and the answer keys', async () => {
		app = await startTestApp({columns: 80, rows: 24, language: 'de'});
		await app.press('f');
		await app.waitFor('#news');
		const feed = (await app.services.listFeeds())[0]!;
		const items = await app.services.feedArticles(feed.config.url);
		await app.press('A');
		const frame = await app.waitFor('als gelesen markieren?');
		const question = frame.split('\n').find(line => line.includes('als gelesen markieren?'))!;
		expect(question).toContain(`${items.length} Artikel von „${feed.config.title.slice(0, 12)}`);
		expect(question).toMatch(/Enter ja · n \/ Esc nein\s*$/u);
	});
});

describe('n on a feed\'s list whose articles are still loading', () => {
	test('does nothing: it never leaves the feed for the briefing\'s next story', async () => {
		const test = await harness();
		const briefing = await test.services.getBriefing({unreadOnly: false});
		test.tools.dispatch({type: 'briefingLoaded', briefing, starred: [], height: 20});
		const feed = (await test.services.listFeeds())[0]!;
		test.tools.dispatch({type: 'push', screen: {kind: 'feeds'}});
		test.tools.dispatch({type: 'push', screen: {kind: 'feed', url: feed.config.url}});
		composeCommands(test.tools, {exit: () => undefined}).run('nextUnread');
		expect(test.state().stack.map(screen => screen.kind)).toEqual(['briefing', 'feeds', 'feed']);
	});
});
