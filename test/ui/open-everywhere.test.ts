// `o` opens an article from every screen that shows one (the briefing's story list, a person's quotes) — on a quote at
// the quote (a URL text fragment) — and Enter on a person's quote opens its story on that quote.

import {afterEach, describe, expect, test} from 'vitest';
import {quoteLink} from '../../source/ui/text/quote-link.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('o and Enter from the lists', () => {
	test('o on the briefing\'s story list opens the selected story\'s newest article', async () => {
		app = await startTestApp();
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const story = briefing.topics[0]!.stories[0]!;
		// Topics pane, then the story list (l on a story would open it).
		await app.press('h', 'g', 'l', 'g', 'o');
		await app.waitFor(/Opened/u);
		expect(app.frame()).not.toContain('Briefing › Story');
		expect(app.services.callsOf('openUrl').at(-1)).toEqual([story.articles.at(-1)!.url]);
	});

	test('o on a person\'s quote opens the article it was said in; Enter opens its story on that quote', async () => {
		app = await startTestApp({columns: 140, rows: 40});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const stories = briefing.topics.flatMap(topic => topic.stories);
		await app.press('p');
		await app.waitFor(/People \(\d+\)/u);
		// A person quoted in a story whose first key quote is someone else's: Enter must not land on that one.
		const people = stripAnsi(app.frame()).split('\n').filter(row => / quotes?$/u.test(row.trim()));
		let checked = 0;
		for (const [index, row] of people.slice(0, 12).entries()) {
			const name = row.replace(/^[▸ ]/u, '').split(' — ')[0]!.replace(/\s{2,}.*$/u, '').trim();
			const quotes = stories.flatMap(story => story.quotes.filter(quote => quote.speaker === name).map(quote => ({story, quote})));
			const first = quotes[0];
			if (!first || first.story.quotes[0]!.speaker === name) continue;
			await app.press('g', ...Array.from({length: index}, () => 'j'), keys.enter);
			await app.waitFor(new RegExp(`${name.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&')} \\(\\d+\\)`, 'u'));
			await app.press('o');
			await app.waitFor(/Opened/u);
			const url = first.story.articles.find(article => article.id === first.quote.articleId)!.url;
			expect(app.services.callsOf('openUrl').at(-1)).toEqual([quoteLink(url, first.quote.text)]);
			expect(String(app.services.callsOf('openUrl').at(-1)![0])).toMatch(/#:~:text=|:~:text=/u);
			await app.press(keys.enter);
			await app.waitFor(/People › Quotes › Story/u);
			const selected = selectedRows(app.frame()).map(selectedRow => selectedRow.text).join('\n');
			expect(selected).toContain(first.quote.text.slice(0, 20));
			await app.press(keys.esc, keys.esc);
			checked++;
			if (checked === 2) break;
		}

		expect(checked, 'the fixture briefing must have a person quoted after someone else in a story').toBeGreaterThan(0);
	}, 30_000);
});

describe('quoteLink', () => {
	test('the article\'s address with a text fragment for the quote\'s first words, encoded as the directive needs', () => {
		expect(quoteLink('https://example.org/a', '„Wir stehen fest an der Seite der Ukraine, sagte er“')).toBe('https://example.org/a#:~:text=Wir%20stehen%20fest%20an%20der%20Seite%20der%20Ukraine%2C');
		expect(quoteLink('https://example.org/a#top', 'Ein Pro-Kopf-Plan & mehr')).toBe('https://example.org/a#top:~:text=Ein%20Pro%2DKopf%2DPlan%20mehr');
		expect(quoteLink('', 'Wir stehen')).toBe('');
		expect(quoteLink('https://example.org/a', '“…”')).toBe('https://example.org/a');
	});

	test('o on a quote in a story opens its article at the quote', async () => {
		app = await startTestApp({columns: 120, rows: 40});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const story = briefing.topics[0]!.stories.find(candidate => candidate.quotes.length > 0);
		expect(story, 'the top topic must have a story with a quote').toBeDefined();
		const index = briefing.topics[0]!.stories.indexOf(story!);
		await app.press('h', 'g', 'l', 'g', ...Array.from({length: index}, () => 'j'), keys.enter);
		await app.waitFor('Briefing › Story');
		await app.press('g', 'o');
		await app.waitFor(/Opened/u);
		const quote = story!.quotes[0]!;
		const url = story!.articles.find(article => article.id === quote.articleId)!.url;
		expect(app.services.callsOf('openUrl').at(-1)).toEqual([quoteLink(url, quote.text)]);
	});
});
