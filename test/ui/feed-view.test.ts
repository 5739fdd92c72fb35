// The feed manager's order and filter (walk #100) and a second search starting from the first's words (#114).

import {describe, expect, test} from 'vitest';
import type {FeedRow} from '../../source/services/app-services.js';
import {feedOrders} from '../../source/model/feed-order.js';
import {feedMatches, nextFeedOrder, shownFeeds} from '../../source/ui/state/feed-view.js';
import {initialState, listPosition, reducer} from '../../source/ui/state/reducer.js';
import {feedTitle} from '../../source/ui/state/selectors.js';
import {fixtures} from './app-fixture.js';

/** The fixture feeds and 43 copies of the first (as an OPML import of the walk had), two of them failing. */
async function sixtyFeeds(): Promise<FeedRow[]> {
	const feeds = await fixtures();
	const rows: FeedRow[] = feeds.map(feed => ({
		config: {url: feed.url, title: feed.title, tags: [], enabled: true},
		state: {url: feed.url, status: 'ok', error: '', lastFetch: null, lastSuccess: null, etag: null, lastModified: null, articleCount: feed.articles.length},
	}));
	const first = rows[0]!;
	for (let copy = 1; rows.length < 60; copy++) {
		const url = `${first.config.url}?copy=${copy}`;
		const failing = copy === 7 || copy === 30;
		rows.push({
			config: {url, title: '', tags: [], enabled: true},
			state: {
				url, status: failing ? 'error' : 'ok', error: failing ? 'HTTP 500' : '', lastFetch: null, lastSuccess: null, etag: null, lastModified: null,
				articleCount: copy, title: first.config.title, failingSince: failing ? `2026-11-2${copy === 7 ? 5 : 4}T10:00:00.000Z` : null,
			},
		});
	}

	return rows;
}

describe('shownFeeds', () => {
	test('filters by every typed word in title or address, ignoring case and accents', async () => {
		const feeds = await sixtyFeeds();
		expect(shownFeeds(feeds, {order: 'added', filter: '', filtering: false})).toHaveLength(60);
		const copies = shownFeeds(feeds, {order: 'added', filter: 'COPY=1', filtering: false});
		// copy=1 and copy=10…19
		expect(copies.map(feed => feed.config.url.split('copy=')[1])).toEqual(['1', ...Array.from({length: 10}, (_, index) => String(10 + index))]);
		const byTitle = feeds.find(feed => feed.config.title && !feed.config.url.includes('copy'))!;
		const word = feedTitle(byTitle).split(/\s+/)[0]!;
		expect(feedMatches(byTitle, word.toUpperCase())).toBe(true);
		expect(feedMatches(byTitle, `${word} zzzz-not-there`)).toBe(false);
		// A copy without a title of its own matches the title the feed gives itself.
		expect(feedMatches(feeds[59]!, feedTitle(feeds[0]!).slice(0, 6))).toBe(true);
	});

	test('orders as added, by title, failing first (longest failing first), by article count; ties keep the added order', async () => {
		const feeds = await sixtyFeeds();
		expect(shownFeeds(feeds, {order: 'added', filter: '', filtering: false})).toEqual(feeds);
		const titles = shownFeeds(feeds, {order: 'title', filter: '', filtering: false}).map(feed => feedTitle(feed).toLowerCase());
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
		const failing = shownFeeds(feeds, {order: 'failing', filter: '', filtering: false});
		expect(failing.slice(0, 2).map(feed => feed.config.url.split('copy=')[1])).toEqual(['30', '7']);
		expect(failing.slice(2)).toEqual(feeds.filter(feed => feed.state?.status !== 'error'));
		const counts = shownFeeds(feeds, {order: 'articles', filter: '', filtering: false}).map(feed => feed.state?.articleCount ?? 0);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		expect(feedOrders.map(order => nextFeedOrder(order))).toEqual(['title', 'failing', 'articles', 'added']);
	});
});

describe('reducer: feed filter and order', () => {
	test('typing filters and puts the cursor on the first match; Enter keeps the filter, Esc clears it and keeps the feed', async () => {
		const feeds = await sixtyFeeds();
		let state = reducer(initialState(80, 24), {type: 'feedsLoaded', feeds});
		state = reducer(state, {type: 'move', list: 'feeds', movement: {delta: 40}, total: 60, height: 16});
		state = reducer(state, {type: 'feedFiltering', filtering: true});
		for (const text of ['copy', '=2']) state = reducer(state, {type: 'feedFilterEdit', edit: {kind: 'insert', text}});
		expect(listPosition(state, 'feeds').cursor).toBe(0);
		const shown = shownFeeds(state.feeds!, state.feedView);
		expect(shown).toHaveLength(11);
		state = reducer(state, {type: 'feedFiltering', filtering: false});
		expect(state.feedView).toEqual({order: 'added', filter: 'copy=2', filtering: false});
		state = reducer(state, {type: 'move', list: 'feeds', movement: {delta: 3}, total: shown.length, height: 16});
		const selected = shown[3]!.config.url;
		state = reducer(state, {type: 'feedFiltering', filtering: false, clear: true});
		expect(state.feedView.filter).toBe('');
		expect(shownFeeds(state.feeds!, state.feedView)[listPosition(state, 'feeds').cursor]!.config.url).toBe(selected);
	});

	test('a new order keeps the selected feed selected and visible', async () => {
		const feeds = await sixtyFeeds();
		let state = reducer(initialState(80, 24), {type: 'feedsLoaded', feeds});
		state = reducer(state, {type: 'move', list: 'feeds', movement: {delta: 29 + feeds.findIndex(feed => feed.config.url.endsWith('copy=1')) }, total: 60, height: 16});
		const selected = feeds[listPosition(state, 'feeds').cursor]!.config.url;
		expect(selected).toMatch(/copy=30$/u);
		state = reducer(state, {type: 'feedOrder', order: 'failing', height: 16});
		expect(listPosition(state, 'feeds')).toEqual({cursor: 0, offset: 0});
		state = reducer(state, {type: 'feedOrder', order: 'articles', height: 16});
		const {cursor, offset} = listPosition(state, 'feeds');
		expect(shownFeeds(state.feeds!, state.feedView)[cursor]!.config.url).toBe(selected);
		expect(cursor).toBeGreaterThanOrEqual(offset);
		expect(cursor).toBeLessThan(offset + 16);
	});

	test('the order comes back with the saved position', () => {
		const state = reducer(initialState(80, 24), {type: 'restorePosition', position: {topic: 'Sport', pane: 'stories', feedOrder: 'failing'}, height: 10});
		expect(state.feedView.order).toBe('failing');
	});
});

describe('reducer: a second search starts from the previous query, selected', () => {
	const searched = () => {
		let state = reducer(initialState(80, 24), {type: 'searchEditing', editing: true});
		expect(state.search.selected).toBe(false);
		state = reducer(state, {type: 'searchEdit', edit: {kind: 'insert', text: 'Gruene'}});
		state = reducer(state, {type: 'searchResults', results: []});
		return reducer(state, {type: 'searchEditing', editing: true});
	};

	test('the first typed key replaces it', () => {
		const state = reducer(searched(), {type: 'searchEdit', edit: {kind: 'insert', text: 'B'}});
		expect(state.search).toMatchObject({query: 'B', selected: false});
		expect(reducer(state, {type: 'searchEdit', edit: {kind: 'insert', text: 'oeing'}}).search.query).toBe('Boeing');
	});

	test('a deleting key removes it whole; keeping it lets typing append', () => {
		expect(searched().search.selected).toBe(true);
		expect(reducer(searched(), {type: 'searchEdit', edit: {kind: 'backspace'}}).search.query).toBe('');
		const kept = reducer(searched(), {type: 'searchKeepQuery'});
		expect(reducer(kept, {type: 'searchEdit', edit: {kind: 'insert', text: ' Partei'}}).search.query).toBe('Gruene Partei');
	});
});
