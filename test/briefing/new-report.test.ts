// One rule for "new": the list's + (storyMarks) and the story's "N reports are new" (storyNews, store and memory services) — review V #6.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, describe, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import {isNewReport, reportArrival, storyMarks} from '../../source/briefing/rank.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {makeArticle} from '../store/make-article.js';

const seenAt = '2026-11-20T12:00:00.000Z';
const seen = Date.parse(seenAt);

describe('isNewReport and reportArrival', () => {
	it('a report is new when unread and fetched after the look; a fetch time that does not parse stands in as the publication time', () => {
		const after = makeArticle('https://feed.example/a', '1', {fetchedAt: '2026-11-20T13:00:00.000Z', published: '2026-11-20T08:00:00.000Z'});
		expect(isNewReport(reportArrival(after), seen, false)).toBe(true);
		expect(isNewReport(reportArrival(after), seen, true)).toBe(false);
		expect(isNewReport(seen, seen, false)).toBe(false);
		const unparsed = makeArticle('https://feed.example/a', '2', {fetchedAt: 'not a time', published: '2026-11-20T13:30:00.000Z'});
		expect(reportArrival(unparsed)).toBe(Date.parse('2026-11-20T13:30:00.000Z'));
	});

	it('storyMarks: a story whose only report after the look was read meanwhile is not new', () => {
		const readState = {read: new Set(['late']), lastSeen: new Map([['s', seenAt]])};
		const articles = [{uid: 'early', arrived: seen - 3_600_000}, {uid: 'late', arrived: seen + 3_600_000}];
		expect(storyMarks('s', articles, 2, 1, readState).isNew).toBe(false);
		expect(storyMarks('s', articles, 2, 1, {...readState, read: new Set()}).isNew).toBe(true);
	});
});

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

describe('storyNews over the real store', () => {
	it('counts arrival as the list does: a fetch time that does not parse stands in as the publication time', async () => {
		home = mkdtempSync(path.join(tmpdir(), 'lagebild-new-report-'));
		const feed = fileURLToPath(new URL('../../../shared/fixtures/feeds/googlenews-top-2022-07-28.rss', import.meta.url));
		const context = await openContext({home, source: [feed], offline: true}, {env: {}});
		try {
			const services = new StoreServices(context, {openUrl: async () => undefined});
			await services.getBriefing({unreadOnly: false});
			// Any three stored reports under a story id of our own: storyNews reads times, read marks and the last look only.
			const uids = context.store.articles().slice(0, 3).map(article => article.uid);
			const arrived = Math.min(...uids.map(uid => Date.parse(context.store.article(uid)!.fetchedAt)));
			await services.markSeen(['story'], new Date(arrived - 60_000).toISOString());
			expect(await services.storyNews('story', uids)).toEqual(uids);
			// A fetch time the store cannot date: the report's publication decides (it was 0, never new, before).
			const last = uids[uids.length - 1]!;
			context.store.db.prepare('UPDATE articles SET fetched_at = ?, published = ? WHERE uid = ?').run('garbled', new Date(arrived - 3_600_000).toISOString(), last);
			expect(await services.storyNews('story', uids)).toEqual(uids.slice(0, -1));
			context.store.db.prepare('UPDATE articles SET published = ? WHERE uid = ?').run(new Date(arrived + 3_600_000).toISOString(), last);
			expect(await services.storyNews('story', uids)).toEqual(uids);
		} finally {
			context.close();
		}
	});
});

describe('storyNews of the memory services (the UI tests\' stand-in)', () => {
	it('applies the same arrival rule: an unparsed fetch time falls back to the publication time', async () => {
		const feedUrl = 'https://feed.example/memory';
		const articles = [
			makeArticle(feedUrl, 'a', {fetchedAt: '2026-11-20T13:00:00.000Z'}),
			makeArticle(feedUrl, 'b', {fetchedAt: '2026-11-20T11:00:00.000Z'}),
			makeArticle(feedUrl, 'c', {fetchedAt: 'garbled', published: '2026-11-20T14:00:00.000Z'}),
			makeArticle(feedUrl, 'd', {fetchedAt: 'garbled', published: '2026-11-20T09:00:00.000Z'}),
		];
		const services = new MemoryServices([{file: 'memory.rss', url: feedUrl, title: 'Memory', articles}], defaultTopics(), {seen: {s: seenAt}});
		expect(await services.storyNews('s', articles.map(article => article.uid))).toEqual([articles[0]!.uid, articles[2]!.uid]);
	});
});
