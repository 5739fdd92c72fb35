// Terminal safety: escape sequences, controls, bidi and zero-width characters from a feed reach the screen only as harmless text.

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {createElement} from 'react';
import {afterAll, afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {cli} from '../cli/run-cli.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import type {Article} from '../../source/model/article.js';
import {App} from '../../source/ui/App.js';
import {loadFixtureFeeds, type FixtureFeed} from '../helpers/fixture-articles.js';
import {hostileFragments, unsafeCharacter} from '../helpers/fuzz-feeds.js';
import {startFeedServer} from '../helpers/feed-server.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {keys, renderApp, type Rendered} from '../helpers/render.js';

const esc = '\u001B';
const all = hostileFragments.join(' x ');
/** Only the colour codes Ink itself writes: ESC [ digits/semicolons m. */
const sgr = /\u001B\[[\d;]*m/g;

/** A real-looking RSS feed with every hostile fragment in the feed title, item titles, author, text and link. */
function hostileFeedXml(): string {
	const xmlEscape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
	const items = hostileFragments.map((fragment, index) => `<item>
<title>Minister warns ${xmlEscape(fragment)} about ${xmlEscape(fragment)}budget ${index}</title>
<link>https://hostile.example/story/${index}/${xmlEscape(fragment)}</link>
<guid isPermaLink="false">hostile-${index}</guid>
<author>mail@hostile.example (Evil ${xmlEscape(fragment)} Author)</author>
<pubDate>Thu, 28 Jul 2022 1${index % 10}:00:00 GMT</pubDate>
<description><![CDATA[<p>The minister said: „The budget ${fragment.replaceAll(']]>', '')} is ${all.replaceAll(']]>', '')} fine", according to officials.</p><p>Second ${xmlEscape(fragment)} paragraph.</p>]]></description>
</item>`).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Evil ${esc}[2J${esc}]0;owned\u0007 News \u202E</title><link>https://hostile.example/</link><language>en</language>
${items}
</channel></rss>`;
}

async function hostileFeed(): Promise<FixtureFeed> {
	const url = 'https://hostile.example/feed.xml';
	const parsed = await parseFeedText(hostileFeedXml(), {feedUrl: url, fetchedAt: '2022-07-28T12:00:00.000Z', settings: {maxItemsPerFeed: 500, maxArticleChars: 200_000}});
	return {file: 'hostile.xml', url, title: parsed.title, articles: parsed.articles};
}

/** Everything the app wrote, minus Ink's colour codes: what must hold no character from the feed a terminal acts on. */
function unsafeInFrames(app: Rendered): string[] {
	const problems: string[] = [];
	for (const frame of app.stdout.frames) {
		const rest = frame.replace(sgr, '');
		const match = unsafeCharacter.exec(rest.replaceAll('\n', ' '));
		if (match) problems.push(`U+${match[0].codePointAt(0)!.toString(16).padStart(4, '0')} near ${JSON.stringify(rest.slice(Math.max(0, match.index - 20), match.index + 20))}`);
	}
	return problems;
}

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

async function tour(services: MemoryServices, env: Record<string, string | undefined>): Promise<Rendered> {
	const rendered = await renderApp(createElement(App, {services, language: 'en', env, now: () => new Date('2022-07-28T12:00:00.000Z')}), {columns: 120, rows: 40});
	await rendered.waitFor(/ — .+ \(\d+\)/);
	// Every hostile story: its row, the story screen, its article in the reader, then back; plus search and feeds.
	const briefing = await services.getBriefing({unreadOnly: false});
	let visited = 0;
	for (const [topicIndex, topic] of briefing.topics.entries()) {
		for (const [storyIndex, story] of topic.stories.entries()) {
			if (!story.articles.some((article) => article.id.startsWith('h') || services.articles.get(article.id)?.feedUrl.includes('hostile'))) continue;
			await rendered.press('h', 'g', ...Array.from({length: topicIndex}, () => 'j'), 'l', 'g', ...Array.from({length: storyIndex}, () => 'j'));
			await rendered.press(keys.enter, 'G', keys.enter, 'G', 'o');
			await rendered.press(keys.esc, keys.esc);
			visited++;
			if (visited >= 4) break;
		}
		if (visited >= 4) break;
	}
	expect(visited).toBeGreaterThan(0);
	// The tour really reached the article reader, where author, text and URL are shown.
	expect(rendered.stdout.frames.some((frame) => frame.includes('Story › Article'))).toBe(true);
	await rendered.press('/');
	await rendered.type('budget');
	await rendered.press(keys.enter, keys.enter);
	await rendered.press(keys.esc, keys.esc, 'f');
	await rendered.press(keys.esc);
	return rendered;
}

describe('terminal safety in the TUI', () => {
	test('a hostile feed through the real parser: no frame carries its escapes, controls or bidi characters', async () => {
		const feed = await hostileFeed();
		expect(feed.articles).toHaveLength(hostileFragments.length);
		const services = new MemoryServices([feed, ...await loadFixtureFeeds(['tagesschau-2021-02-18.rss'])], defaultTopics());
		// With colours (SGR stripped) and with NO_COLOR (then there must be no ESC at all).
		for (const env of [{NO_COLOR: '1'}, {FORCE_COLOR: '1'}] as Array<Record<string, string>>) {
			app = await tour(services, env);
			expect(app.stdout.frames.join('')).toContain('Minister warns');
			expect(unsafeInFrames(app)).toEqual([]);
			if (env.NO_COLOR) expect(app.stdout.frames.join('')).not.toContain(esc);
			// The opener got clean http(s) URLs only.
			for (const [url] of services.callsOf('openUrl') as Array<[string]>) {
				expect(url).not.toMatch(unsafeCharacter);
				expect(url).toMatch(/^https?:\/\//);
			}
			app.unmount();
			app = undefined;
		}
		expect(services.callsOf('openUrl').length).toBeGreaterThan(0);
	}, 60_000);

	// Defence in depth: articles that never went through the parser (an old store, a bug elsewhere) are drawn safe too.
	test('raw unsanitized articles handed straight to the UI are drawn harmless', async () => {
		const [base] = (await loadFixtureFeeds(['tagesschau-2021-02-18.rss']))[0]!.articles;
		const raw: Article[] = hostileFragments.map((fragment, index) => ({
			...base!,
			uid: `hraw${index}`,
			itemId: `hraw${index}`,
			feedUrl: 'https://hostile.example/raw.xml',
			feedTitle: `Raw ${fragment} Outlet`,
			title: `Minister warns ${fragment} about budget ${index}`,
			author: `Evil ${fragment} Author`,
			summary: `Summary ${fragment} text`,
			content: `The minister said: „The budget ${fragment} is fine", according to officials.\n\nMore ${all}`,
			url: `https://hostile.example/raw/${index}${fragment}`,
			published: '2022-07-28T11:00:00.000Z',
		}));
		const services = new MemoryServices([{file: 'raw', url: 'https://hostile.example/raw.xml', title: 'Raw', articles: raw}], defaultTopics());
		app = await tour(services, {NO_COLOR: '1'});
		expect(app.stdout.frames.join('')).toContain('Minister warns');
		expect(unsafeInFrames(app)).toEqual([]);
		expect(app.stdout.frames.join('')).not.toContain(esc);
	}, 60_000);
});

describe('terminal safety in printed output', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'lagebild-terminal-'));
	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	test('lagebild brief --format text|md|json over a hostile feed prints no escape, control or bidi character', async () => {
		const file = path.join(dir, 'hostile.xml');
		writeFileSync(file, hostileFeedXml());
		for (const format of ['text', 'md', 'json']) {
			const {code, stdout, stderr} = await cli(path.join(dir, 'home'), '--source', file, 'brief', '--format', format, '--since', 'all');
			expect(code, stderr).toBe(0);
			expect(stdout).toContain('Minister warns');
			const strings = format === 'json' ? JSON.stringify(JSON.parse(stdout)) : stdout;
			const match = unsafeCharacter.exec(strings.replaceAll('\n', ' '));
			expect(match ? `${format}: U+${match[0].codePointAt(0)!.toString(16)} at ${JSON.stringify(strings.slice(match.index - 20, match.index + 20))}` : '').toBe('');
			expect(stdout).not.toContain(esc);
			expect(stderr).not.toContain(esc);
		}
	}, 60_000);

	test('lagebild refresh and feeds list print hostile feed titles and error lines harmlessly', async () => {
		const server = await startFeedServer();
		try {
			const home = path.join(dir, 'refresh-home');
			mkdirSync(home, {recursive: true});
			writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: ['/escapes', '/malformed', '/html'].map((route) => ({url: server.url(route)})), settings: {retentionDays: 0}}));
			for (const argv of [['refresh'], ['feeds', 'list']]) {
				const {code, stdout, stderr} = await cli(home, ...argv);
				expect(code, stderr).toBe(0);
				expect(stdout).toContain('Evil');
				expect(unsafeCharacter.test((stdout + stderr).replaceAll('\n', ' ')), stdout).toBe(false);
			}
		} finally {
			await server.close();
		}
	});
});
