// `lagebild brief --starred` (walk #113): the reading list saved in the app with s, on the command line.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {openStore} from '../../source/store/article-store.js';
import {loadFixtureFeeds} from '../helpers/fixture-articles.js';
import {commitByFeed, makeArticle} from '../store/make-article.js';
import {cli} from './run-cli.js';

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-starred-'));
});

afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

/** A home whose store holds the UI fixture feeds' articles, `count` of them starred (two feeds' newest). */
async function homeWithStarred(count: number) {
	const feeds = await loadFixtureFeeds();
	const articles = feeds.flatMap(feed => feed.articles);
	const store = openStore(home);
	try {
		commitByFeed(store, articles);
		const picked = [...feeds[0]!.articles.slice(0, Math.ceil(count / 2)), ...feeds[1]!.articles.slice(0, Math.floor(count / 2))];
		store.setStarred(picked.map(article => article.uid));
		return picked;
	} finally {
		store.close();
	}
}

describe('lagebild brief --starred', () => {
	test('lists every starred article with time, outlet, title and address, newest first; JSON says the same', async () => {
		const picked = await homeWithStarred(3);
		const text = await cli(home, 'brief', '--starred', '--offline');
		expect(text.code).toBe(0);
		const rows = text.stdout.split('\n').filter(line => /^\d{4}-\d\d-\d\d \d\d:\d\d {2}/u.test(line));
		expect(rows).toHaveLength(3);
		expect(rows).toHaveLength(text.stdout.split('\n').filter(line => line !== '').length / 2);
		for (const article of picked) {
			expect(text.stdout).toContain(`  ${article.feedTitle}: ${article.title}\n    ${article.url}\n`);
		}

		const times = rows.map(row => row.slice(0, 16));
		expect(times).toEqual([...times].sort().reverse());
		// Piped output: no escape sequence, whatever the feeds hold.
		expect(text.stdout).not.toMatch(/\u001B/u);

		const json = await cli(home, 'brief', '--starred', '--format', 'json', '--offline');
		expect(json.code).toBe(0);
		const parsed = JSON.parse(json.stdout) as {starred: Array<{title: string; feed: string; url: string; published: string; read: boolean}>};
		expect(parsed.starred.map(item => item.url).sort()).toEqual(picked.map(article => article.url).sort());
		expect(parsed.starred.every(item => item.title !== '' && item.feed !== '' && !Number.isNaN(Date.parse(item.published)) && item.read === false)).toBe(true);

		// A hostile title (an escape sequence and a line break) stays one clean line.
		const hostile = makeArticle('https://evil.example/feed', 'x1', {title: 'Red\u001B[31m alert\nsecond line', url: 'https://evil.example/a'});
		const store = openStore(home);
		commitByFeed(store, [hostile]);
		store.setStarred([hostile.uid]);
		store.close();
		const withHostile = await cli(home, 'brief', '--starred', '--offline');
		expect(withHostile.stdout).not.toMatch(/\u001B/u);
		expect(withHostile.stdout).toMatch(/: Red\S* alert second line\n {4}https:\/\/evil\.example\/a\n/u);
		const unstar = openStore(home);
		unstar.setStarred([hostile.uid], false);
		unstar.close();

		const md = await cli(home, 'brief', '--starred', '--format', 'md', '--offline');
		expect(md.stdout).toMatch(/^## Starred \(3\)\n\n(?:- .+\]\(https?:\/\/.+\)\n){3}$/u);
	});

	test('none starred: exit 1, a word on stderr, JSON an empty list; --topic or --since with it is a usage error', async () => {
		await homeWithStarred(0);
		const none = await cli(home, 'brief', '--starred', '--offline');
		expect(none).toMatchObject({code: 1, stdout: ''});
		expect(none.stderr).toContain('no starred articles');
		const json = await cli(home, 'brief', '--starred', '--format', 'json', '--offline');
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout)).toEqual({starred: []});
		const mixed = await cli(home, 'brief', '--starred', '--since', '7d');
		expect(mixed.code).toBe(2);
		expect(mixed.stderr).toContain('--since does not apply');
		// Other commands do not take it.
		expect((await cli(home, 'search', 'Putin', '--starred')).code).toBe(2);
	});
});
