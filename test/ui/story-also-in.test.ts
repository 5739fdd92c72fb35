// A report whose article other feeds carried too names them under its timeline row: "also in farm 062, …" (walk 8 #180).

import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {UiLanguage} from '../../source/i18n/index.js';
import {App} from '../../source/ui/App.js';
import type {FixtureFeed} from '../helpers/fixture-articles.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {keys, renderApp, stripAnsi, type Rendered} from '../helpers/render.js';
import {assertFits, fixedNow, fixtures, locate, selectStory} from './app-fixture.js';

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const copyFeeds = ['farm 062', 'farm 071', 'farm 080', 'farm 093', 'farm 104', 'farm 115', 'farm 126', 'farm 137'];

/** The fixture feeds plus eight feeds that each carry a copy (same address, re-dated an hour later) of one story's first report. */
async function feedsWithCopies(): Promise<{feeds: FixtureFeed[]; kept: {uid: string; feed: string; title: string}}> {
	const feeds = await fixtures();
	const briefing = await new MemoryServices(feeds, defaultTopics()).getBriefing({unreadOnly: false});
	const story = briefing.topics.flatMap(topic => topic.stories).find(candidate => candidate.articles.length >= 2 && candidate.articles.every(article => !article.alsoIn))!;
	const first = feeds.flatMap(feed => feed.articles).find(article => article.uid === story.articles[0]!.id)!;
	const later = new Date(Date.parse(first.published) + 3_600_000).toISOString();
	const copies = copyFeeds.map((title, index): FixtureFeed => {
		const url = `https://copies.example/${index}`;
		return {file: `copies-${index}.rss`, url, title, articles: [{...first, uid: `copy${index}${first.uid}`.slice(0, 16), itemId: `copy-${index}`, feedUrl: url, feedTitle: title, published: later}]};
	});
	return {feeds: [...feeds, ...copies], kept: {uid: first.uid, feed: first.feedTitle, title: first.title}};
}

async function openStory(columns: number, language: UiLanguage): Promise<{frame: string; kept: {uid: string; feed: string; title: string}}> {
	const {feeds, kept} = await feedsWithCopies();
	const services = new MemoryServices(feeds, defaultTopics());
	const {topicIndex, storyIndex} = await locate(services, story => story.articles.some(article => article.id === kept.uid));
	app = await renderApp(createElement(App, {services, language, env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns, rows: 70});
	await app.waitFor(/ — .+ \(\d+\)/u);
	await selectStory({...app, services}, topicIndex, storyIndex);
	await app.press(keys.enter);
	const frame = stripAnsi(await app.waitFor(language === 'de' ? 'auch in farm 062' : 'also in farm 062'));
	return {frame, kept};
}

describe('a report carried by other feeds too', () => {
	test.each([
		[120, 'en'], [120, 'de'], [80, 'en'], [80, 'de'],
	] as const)('at %i columns (%s): the row under the report names them, +N for those that do not fit, and the report keeps its time', async (columns, language) => {
		const {frame, kept} = await openStory(columns, language);
		assertFits(frame, columns, 70);
		const rows = frame.split('\n');
		const word = language === 'de' ? 'auch in' : 'also in';
		const at = rows.findIndex(row => row.includes(`${word} farm 062`));
		// The story's first report may be the selected block, whose every row carries the ▸.
		const alsoIn = rows[at]!.replace(/^[▸›]/u, ' ').trim();
		// The report it belongs to is the row above: its time, its own outlet and its title.
		expect(rows[at - 1]).toMatch(/\d\d:\d\d|\d\d\.\d\d\.\d{4}/u);
		expect(rows[at - 1]).toContain(kept.feed.slice(0, 12));
		// Aligned under the outlet's name, not the time.
		expect(rows[at]!.indexOf(word)).toBe(rows[at - 1]!.indexOf(kept.feed.slice(0, 12)));
		if (columns === 120) {
			expect(alsoIn).toBe(`${word} ${copyFeeds.join(', ')}`);
		} else {
			const named = alsoIn.match(/farm \d+/gu)!;
			expect(named.length).toBeGreaterThan(1);
			expect(named.length).toBeLessThan(copyFeeds.length);
			expect(alsoIn).toBe(`${word} ${copyFeeds.slice(0, named.length).join(', ')}, +${copyFeeds.length - named.length}`);
		}

		// Once: the copies are no reports of their own in the timeline.
		const timeline = rows.slice(rows.findIndex(row => row.trim() === (language === 'de' ? 'Berichte' : 'Reports')));
		expect(timeline.filter(row => row.includes(kept.title.slice(0, 25))).length).toBe(1);
		expect(timeline.some(row => / {2}farm 062 {2}/u.test(row))).toBe(false);
	});
});
