// A story's time is a shown report's, and copies of one article in other feeds are named on the report they fold into, in lagebild brief too (walk 8 #180).

import {writeFileSync, rmSync} from 'node:fs';
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import {briefingToJson, type BriefingJson} from '../../source/output/briefing-json.js';
import {runCli} from '../../source/commands/main.js';
import {makeArticle} from '../store/make-article.js';

function member(feedTitle: string, itemId: string, url: string, published: string) {
	const article = makeArticle(`https://feeds.example/${encodeURIComponent(feedTitle)}`, itemId, {feedTitle, url, published, fetchedAt: published, title: `Chinese rocket will crash into Earth ${itemId}`});
	return memberOf(article, Date.parse(published), {topics: [], quotes: undefined}, '');
}

describe('a story with copies of one article in several feeds', () => {
	const first = member('farm 001', 'a', 'https://news.example/rocket', '2026-11-25T04:19:00.000Z');
	const second = member('farm 002', 'b', 'https://other.example/rocket-debris', '2026-11-25T04:40:00.000Z');
	// The same address in four more feeds, re-dated there a day and a half later.
	const copies = ['farm 062', 'farm 071', 'farm 080', 'farm 062'].map((feed, index) => member(feed, `copy-${index}`, 'https://news.example/rocket', '2026-11-26T19:30:00.000Z'));
	const {story, lastTime} = buildStory([first, ...copies, second], () => undefined, {});

	it('dates the story by the reports its timeline shows, not by a hidden copy', () => {
		expect(story.articles.map((article) => article.id)).toEqual([first.article.uid, second.article.uid]);
		expect(story.lastPublished).toBe('2026-11-25T04:40:00.000Z');
		expect(lastTime).toBe(Date.parse('2026-11-25T04:40:00.000Z'));
		expect(story.firstPublished).toBe('2026-11-25T04:19:00.000Z');
	});

	it('names the other feeds that carried a shown report, once each, and still counts every outlet', () => {
		const [kept, other] = story.articles;
		expect([...kept!.alsoIn!].sort()).toEqual(['farm 062', 'farm 071', 'farm 080']);
		expect(other!.alsoIn).toBeUndefined();
		expect(story.outlets).toHaveLength(5);
	});

	it('a copy in the same feed (an outlet publishing the article again) is no "also in"', () => {
		const again = member('farm 001', 'a2', 'https://news.example/rocket', '2026-11-25T09:00:00.000Z');
		const built = buildStory([first, again], () => undefined, {});
		expect((built.story.articles)[0]!.alsoIn).toBeUndefined();
		expect(built.story.lastPublished).toBe('2026-11-25T04:19:00.000Z');
	});
});

/** An RSS file of one feed carrying the same item (one address, one text) as the others, published at `pubDate`. */
function rss(title: string, pubDate: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>https://${title.replace(/\W/gu, '')}.example/</link><description>${title}</description>
<item><title>Chinese rocket will crash into Earth on Sunday, possibly into a populated area</title><link>https://news.example/rocket</link>
<guid>https://news.example/rocket</guid><pubDate>${pubDate}</pubDate>
<description>The core stage of a Chinese rocket will fall back to Earth on Sunday. Experts cannot yet say where the debris will land, the space agency said on Friday.</description></item>
</channel></rss>`;
}

describe('lagebild brief names the copies of a report', () => {
	const copies = ['farm 062', 'farm 071', 'farm 080', 'farm 093', 'farm 104', 'farm 115', 'farm 126', 'farm 137'];
	let sources: string[] = [];
	let home = '';
	beforeAll(async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'lagebild-copies-'));
		home = path.join(dir, 'home');
		sources = [['farm 001', 'Wed, 25 Nov 2026 04:19:00 GMT'], ...copies.map(feed => [feed, 'Thu, 26 Nov 2026 19:30:00 GMT'])].map(([feed, date], index) => {
			const file = path.join(dir, `feed-${index}.rss`);
			writeFileSync(file, rss(feed!, date!));
			return file;
		});
	});
	afterAll(() => {
		if (home) rmSync(path.dirname(home), {recursive: true, force: true});
	});
	/** lagebild brief on a terminal of `columns` (the text format's width). */
	const brief = async (env: Record<string, string>, format: 'json' | 'text' | 'md', columns = 100) => {
		let stdout = '';
		let stderr = '';
		const argv = ['--home', home, 'brief', '--source', ...sources, '--since', 'all', '--format', format];
		const code = await runCli(argv, {stdout: {write: (text: string) => (stdout += text), columns}, stderr: {write: (text: string) => (stderr += text)}, env});
		expect(code, stderr).toBe(0);
		return stdout;
	};
	/** The copies in the order the report names them (all at one time: their order is the briefing's). */
	const named = async () => (JSON.parse(await brief({}, 'json')) as BriefingJson).topics[0]!.stories[0]!.articles[0]!.alsoIn!;

	it('json: the report carries alsoIn, the other feeds once each; a report without copies has none', async () => {
		const json = JSON.parse(await brief({}, 'json')) as BriefingJson;
		const stories = json.topics.flatMap(topic => topic.stories);
		expect(stories).toHaveLength(1);
		expect(stories[0]!.outlets).toHaveLength(9);
		expect(stories[0]!.articles).toHaveLength(1);
		expect(stories[0]!.articles[0]!.feed).toBe('farm 001');
		expect([...stories[0]!.articles[0]!.alsoIn!].sort()).toEqual(copies);
		const plain = briefingToJson({generatedAt: '', window: {from: '', to: ''}, topics: [{name: 'Other', stories: [{...stories[0]!, articles: [{...stories[0]!.articles[0]!, alsoIn: undefined}], quotes: [], people: []}]}]});
		expect(Object.keys(plain.topics[0]!.stories[0]!.articles[0]!)).toEqual(['id', 'title', 'url', 'feed', 'published']);
	});

	it.each([['en', {LANG: 'C.UTF-8'}, 'also in'], ['de', {LANG: 'de_DE.UTF-8'}, 'auch in']] as const)('text (%s): a line under the report, as many names as fit the width and +N for the rest', async (_language, env, words) => {
		const order = await named();
		const wide = (await brief(env, 'text', 120)).split('\n');
		expect(wide).toContain(`      ${words} ${order.join(', ')}`);
		const narrow = (await brief(env, 'text', 60)).split('\n');
		const line = narrow.find(row => row.startsWith(`      ${words} farm `))!;
		expect(narrow[narrow.indexOf(line) - 1]).toMatch(/^ {4}- 2026-11-25 04:19 {2}farm 001: Chinese rocket/u);
		expect([...line].length).toBeLessThanOrEqual(60);
		const shown = line.match(/farm \d+/gu)!.length;
		expect(shown).toBeLessThan(copies.length);
		expect(line).toBe(`      ${words} ${order.slice(0, shown).join(', ')}, +${copies.length - shown}`);
	});

	it.each([['en', {LANG: 'C.UTF-8'}, 'also in'], ['de', {LANG: 'de_DE.UTF-8'}, 'auch in']] as const)('markdown (%s): after the report, all of them', async (_language, env, words) => {
		const order = await named();
		const markdown = await brief(env, 'md');
		expect(markdown).toContain(`- 2026-11-25 04:19 · farm 001: [Chinese rocket will crash into Earth on Sunday, possibly into a populated area](https://news.example/rocket) · *${words} ${order.join(', ')}*\n`);
	});
});
