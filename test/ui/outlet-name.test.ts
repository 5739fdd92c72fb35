// A very long outlet name must not push the title out of a story's report rows or a search hit.

import {describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/i18n/index.js';
import {storyDocument} from '../../source/ui/state/story-lines.js';
import {cellWidth} from '../../source/ui/text/fit.js';
import {stripAnsi} from '../helpers/render.js';
import {fixedNow, fixtures} from './app-fixture.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {renderApp} from '../helpers/render.js';
import {createElement} from 'react';
import {App} from '../../source/ui/App.js';

const longName = 'Ein sehr sehr langer Feedname der über jede vernünftige Breite hinausgeht und noch weiter geht 🎉';

async function servicesWithLongName(): Promise<MemoryServices> {
	const feeds = (await fixtures()).map(feed => ({...feed, title: longName, articles: feed.articles.map(article => ({...article, feedTitle: longName}))}));
	return new MemoryServices(feeds, defaultTopics());
}

describe('long outlet names', () => {
	test('a story\'s report rows keep the report title in view at 80 columns', async () => {
		const services = await servicesWithLongName();
		const briefing = await services.getBriefing({unreadOnly: false});
		const story = briefing.topics.flatMap(topic => topic.stories).find(candidate => candidate.articles.length > 0)!;
		const article = story.articles[0]!;
		const {lines} = storyDocument(story, 80, messagesFor('en'), fixedNow());
		const row = lines.find(line => line.some(segment => segment.text.startsWith('Ein sehr sehr')) && line.some(segment => segment.text.includes(article.title.slice(0, 10))))!;
		const text = row.map(segment => segment.text).join('');
		const titleAt = cellWidth(text.slice(0, text.indexOf(article.title.slice(0, 10))));
		expect(text).toMatch(/Ein sehr sehr langer Feed\S*…/u);
		expect(titleAt).toBeLessThan(50);
	});

	test('a search hit shows its title after a capped outlet name', async () => {
		const services = await servicesWithLongName();
		const rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns: 80, rows: 24});
		try {
			await rendered.waitFor(/ — .+ \(\d+\)/u);
			const hits = await services.search('Ukraine');
			expect(hits.length).toBeGreaterThan(0);
			await rendered.press('/', ...'Ukraine', '\r');
			await rendered.waitFor(/Ein sehr sehr langer Feed\S*…/u);
			const rows = stripAnsi(rendered.frame()).split('\n').filter(row => /Ein sehr sehr langer Feed\S*…/u.test(row));
			// Each hit row holds some of its own title after the name.
			expect(rows.some(row => hits.some(hit => row.includes(hit.article.title.slice(0, 12))))).toBe(true);
		} finally {
			rendered.unmount();
		}
	});

	test('a person\'s quotes show the quote after a capped outlet name', async () => {
		const services = await servicesWithLongName();
		const rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns: 80, rows: 24});
		try {
			await rendered.waitFor(/ — .+ \(\d+\)/u);
			await rendered.press('p');
			await rendered.waitFor(/People \(\d+\)/u);
			await rendered.press('\r');
			const frame = stripAnsi(await rendered.waitFor(/Ein sehr sehr langer Feed\S*…: /u));
			const row = frame.split('\n').find(line => /Ein sehr sehr langer Feed\S*…: /u.test(line))!;
			// The quote starts well inside the row.
			expect(row.indexOf(': ')).toBeLessThan(35);
		} finally {
			rendered.unmount();
		}
	});
});
