// Search hits carry the unread mark as a feed's list does, and m on a hit flips it there (walk 13 #257).

import {afterEach, describe, expect, test} from 'vitest';
import {keys, stripAnsi} from '../helpers/render.js';
import {initialState, reducer} from '../../source/ui/state/reducer.js';
import type {SearchHit} from '../../source/services/app-services.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The screen row of a hit, found by the start of its headline. */
const hitRow = (frame: string, title: string) => stripAnsi(frame).split('\n').find(row => row.includes(title.slice(0, 25)))!;

describe('the unread mark on search hits', () => {
	test('unread hits show •, a hit read elsewhere does not; m on a hit takes the mark away and gives it back', async () => {
		app = await startTestApp({columns: 120, rows: 40});
		const query = 'the';
		const hits = await app.services.search(query);
		expect(hits.length).toBeGreaterThanOrEqual(3);
		// The second hit read before the search (another session, a feed's list).
		await app.services.markRead([hits[1]!.article.id], true);

		await app.press('/');
		await app.waitFor('Search: ');
		await app.type(query);
		await app.press(keys.enter);
		let frame = await app.waitFor(/▸.*\d/u);
		expect(hitRow(frame, hits[0]!.article.title)).toMatch(/^.•/u);
		expect(hitRow(frame, hits[1]!.article.title)).toMatch(/^. {2}/u);
		expect(hitRow(frame, hits[2]!.article.title)).toMatch(/^.•/u);

		// m on the third hit: read, and its row says so at once.
		await app.press('j', 'j', 'm');
		frame = await app.waitFor('Marked read');
		expect(app.services.read.has(hits[2]!.article.id)).toBe(true);
		expect(hitRow(frame, hits[2]!.article.title)).toMatch(/^. {2}/u);
		expect(hitRow(frame, hits[0]!.article.title)).toMatch(/^.•/u);

		// m on the read second hit: unread again.
		await app.press('k', 'm');
		frame = await app.waitFor('Marked unread');
		expect(app.services.read.has(hits[1]!.article.id)).toBe(false);
		expect(hitRow(frame, hits[1]!.article.title)).toMatch(/^.•/u);
	});
});

describe('the reducer\'s articlesRead', () => {
	test('marks the hits and the open feed\'s articles with those uids, and leaves the state alone when nothing changes', () => {
		const ref = (id: string) => ({id, title: id, url: `https://example.org/${id}`, feed: 'Example', published: '2026-01-01T00:00:00.000Z'});
		const hit = (id: string, read: boolean): SearchHit => ({article: ref(id), snippet: '', read});
		let state = reducer(initialState(80, 24), {type: 'searchResults', results: [hit('a', false), hit('b', false), hit('c', true)]});
		state = reducer(state, {type: 'feedArticlesLoaded', url: 'https://example.org/feed', items: [{article: ref('b'), read: false}, {article: ref('d'), read: false}]});

		const marked = reducer(state, {type: 'articlesRead', uids: ['b', 'c'], read: true});
		expect(marked.search.results!.map(item => item.read)).toEqual([false, true, true]);
		expect(marked.feedArticles!.items.map(item => item.read)).toEqual([true, false]);
		expect(reducer(marked, {type: 'articlesRead', uids: ['b'], read: true})).toBe(marked);

		const unread = reducer(marked, {type: 'articlesRead', uids: ['c'], read: false});
		expect(unread.search.results!.map(item => item.read)).toEqual([false, true, false]);
		expect(unread.feedArticles).toBe(marked.feedArticles);
	});
});
