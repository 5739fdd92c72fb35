import {afterEach, describe, expect, test} from 'vitest';
import {delay, keys} from '../helpers/render.js';
import {assertFits, locate, selectStory, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

async function openStoryWithNamedQuote() {
	app = await startTestApp();
	// A story whose first quote is direct speech by a named person.
	const found = await locate(app.services, story => story.quotes[0]?.speaker !== '' && story.quotes[0]?.kind === 'direct');
	await selectStory(app, found.topicIndex, found.storyIndex);
	await app.press(keys.enter);
	await app.waitFor('Briefing › Story');
	return found;
}

describe('story screen', () => {
	test('shows headline, quotes with speaker and outlet, people, the timeline and topics', async () => {
		const {story} = await openStoryWithNamedQuote();
		const frame = app!.frame();
		expect(frame).toContain(story.headline.slice(0, 40));
		expect(frame).toContain('Key quotes');
		const named = story.quotes[0]!;
		expect(frame).toContain(`${named.speaker}${named.role ? ` — ${named.role}` : ''} — ${named.outlet}`);
		expect(frame).toContain(`“${named.text.slice(0, 30)}`);
		expect(frame).toContain('People');
		assertFits(frame, 100, 30);
		await app!.press('G');
		const end = app!.frame();
		expect(end).toContain('Reports');
		expect(end).toContain(story.articles.at(-1)!.title.slice(0, 30));
		expect(end).toContain(`Topics: ${story.topics.join(', ')}`);
	});

	test('Enter on a quote opens its article scrolled to the quote, highlighted', async () => {
		const {story} = await openStoryWithNamedQuote();
		const quote = story.quotes[0]!;
		const selected = selectedRows(app!.frame());
		expect(selected[0]!.text).toContain(quote.speaker || 'unnamed');
		await app!.press(keys.enter);
		await app!.waitFor('Story › Article');
		const frame = await app!.waitFor(quote.text.slice(0, 20));
		const article = app!.services.articles.get(quote.articleId)!;
		expect(frame).toContain(quote.text.slice(0, 20));
		// The quote's article: its byline at the top (scrolled off when the article is longer than the screen, as one with
		// its list of links under the text is).
		await app!.press('g');
		expect(await app!.waitFor(article.feedTitle)).toContain(article.feedTitle);
		expect(app!.services.callsOf('markRead')).toContainEqual([[quote.articleId], true]);
	});

	test('Enter on a report opens that article; o opens its URL; Esc goes back', async () => {
		const {story} = await openStoryWithNamedQuote();
		await app!.press('G');
		const last = story.articles.at(-1)!;
		expect(selectedRows(app!.frame()).at(-1)!.text).toContain(last.title.slice(0, 20));
		await app!.press('o');
		expect(app!.services.callsOf('openUrl')).toEqual([[last.url]]);
		await app!.press(keys.enter);
		await app!.waitFor('Story › Article');
		expect(app!.frame()).toContain(last.title.slice(0, 40));
		await app!.press(keys.esc);
		expect(app!.frame()).toContain('Briefing › Story');
		await app!.press(keys.esc);
		expect(app!.frame()).toMatch(/lagebild +Briefing\s*\n/);
	});

	test('indirect speech is marked and never shown in quotation marks', async () => {
		app = await startTestApp();
		const found = await locate(app.services, story => story.quotes.length > 0);
		// Present one quote as indirect speech, as the quote engine would.
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const quote = briefing.topics[found.topicIndex]!.stories[found.storyIndex]!.quotes[0]!;
		const original = app.services.getBriefing.bind(app.services);
		app.services.getBriefing = async filter => {
			const result = await original(filter);
			for (const topic of result.topics) {
				for (const story of topic.stories) {
					story.quotes = story.quotes.map(item => (item.text === quote.text ? {...item, kind: 'indirect'} : item));
				}
			}

			return result;
		};

		await app.press('R');
		await app.waitFor(/refreshed \d/u);
		await selectStory(app, found.topicIndex, found.storyIndex);
		await app.press(keys.enter);
		const frame = await app.waitFor('(indirect)');
		expect(frame).toContain(`┆ ${quote.text.slice(0, 20)}`);
		expect(frame).not.toContain(`│ “${quote.text.slice(0, 20)}`);
	});
});

describe('article reader', () => {
	test('a quote deep in a long article opens scrolled to it', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		const {story, topicIndex, storyIndex} = await locate(app.services, candidate => candidate.quotes.some(quote => {
			const article = app!.services.articles.get(quote.articleId)!;
			return article.content.indexOf(quote.text) > 1200;
		}));
		const quoteIndex = story.quotes.findIndex(quote => app!.services.articles.get(quote.articleId)!.content.indexOf(quote.text) > 1200);
		const quote = story.quotes[quoteIndex]!;
		const article = app.services.articles.get(quote.articleId)!;
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter, ...Array.from({length: quoteIndex}, () => 'j'), keys.enter);
		const frame = await app.waitFor(quote.text.slice(0, 25));
		// Scrolled: the article's title row is no longer on screen, the quote is.
		expect(frame.split('\n')[1]).not.toContain(article.title.slice(0, 20));
		await app.press('g');
		expect(app.frame().split('\n')[1]).toContain(article.title.slice(0, 20));
	});

	test('m toggles read and s stars the article being read', async () => {
		app = await startTestApp();
		const {story, topicIndex, storyIndex} = await locate(app.services, candidate => candidate.articles.length === 1);
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter, 'G', keys.enter);
		const uid = story.articles[0]!.id;
		await app.waitFor(story.articles[0]!.title.slice(0, 20));
		expect(app.services.read.has(uid)).toBe(true);
		await app.press('m');
		await app.waitFor('Marked unread');
		expect(app.services.read.has(uid)).toBe(false);
		await app.press('s');
		await app.waitFor('Starred');
		expect(app.services.starred.has(uid)).toBe(true);
		await app.press('s');
		await app.waitFor('Star removed');
		expect(app.services.starred.has(uid)).toBe(false);
	});

	test('refreshes by itself every N minutes from the settings', async () => {
		app = await startTestApp({settings: {autoRefreshMinutes: 0.002}});
		// Nothing new arrives: the refresh runs without a word on the status row (#75).
		for (let waited = 0; app.services.callsOf('refresh').length === 0 && waited < 3000; waited += 50) await delay(50);
		expect(app.services.callsOf('refresh').length).toBeGreaterThanOrEqual(1);
		// A refresh nobody asked for is a background one (the topic order stays; the services may let failing feeds wait).
		expect(app.services.callsOf('refresh')[0]).toEqual([{background: true}]);
	});

	async function openLongArticle() {
		app = await startTestApp({columns: 80, rows: 24});
		const long = [...app.services.articles.values()].sort((a, b) => b.content.length - a.content.length)[0]!;
		const found = await locate(app.services, story => story.articles.some(article => article.id === long.uid));
		await selectStory(app, found.topicIndex, found.storyIndex);
		await app.press(keys.enter, 'G', keys.enter);
		await app.waitFor('Story › Article');
		await app.waitFor(long.title.slice(0, 30));
		return long;
	}

	test('shows title, outlet, author and date and scrolls with j/k, space, PgDn/PgUp, g/G', async () => {
		const article = await openLongArticle();
		const top = app!.frame();
		expect(top).toContain(article.title.slice(0, 30));
		expect(top).toContain(article.feedTitle);
		if (article.author) {
			expect(top).toContain(`by ${article.author}`);
		}

		assertFits(top, 80, 24);
		expect(top).toMatch(/line 1 of \d+/);
		await app!.press('j');
		const one = app!.frame();
		expect(one).toMatch(/line 2 of \d+/);
		// One line down: the second row of the body is now the first.
		expect(one.split('\n')[1]).toBe(top.split('\n')[2]);
		expect(one.split('\n')[1]).not.toBe(top.split('\n')[1]);
		await app!.press('k');
		expect(app!.frame()).toBe(top);
		await app!.press(keys.space);
		const page = app!.frame();
		expect(page.split('\n')[1]).toBe(lineAfter(top, app!.frame()));
		await app!.press(keys.pageUp);
		expect(app!.frame()).toBe(top);
		await app!.press(keys.pageDown, 'G');
		const bottom = app!.frame();
		expect(bottom).not.toBe(page);
		await app!.press('G');
		expect(app!.frame()).toBe(bottom);
		await app!.press('g');
		expect(app!.frame()).toBe(top);
	});

	test('o opens the URL through the services, F fetches the full text', async () => {
		const article = await openLongArticle();
		await app!.press('o');
		expect(app!.services.callsOf('openUrl')).toEqual([[article.url]]);
		await app!.press('F');
		await app!.waitFor('Full text fetched');
		await app!.press('G');
		expect(await app!.waitFor('FULL TEXT PARAGRAPH')).toContain('FULL TEXT PARAGRAPH');
		expect(app!.services.callsOf('fetchFullText')).toEqual([[article.uid]]);
	});
});

/** Sanity helper: the first body row after a page-down is some row that was below the first page. */
function lineAfter(top: string, paged: string): string {
	const row = paged.split('\n')[1]!;
	expect(top.split('\n').slice(2)).not.toContain(undefined);
	return row;
}
