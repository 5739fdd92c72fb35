// An item carried by two feeds: the story lists one copy; the other copy still finds the story, and is read with it.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';

let home = '';
afterEach(() => {
	if (home) rmSync(home, {recursive: true, force: true});
});

it('finds the story of the copy a story leaves out, by its address, and marks it read with the story (real Google News feed twice)', async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-copies-'));
	const original = fileURLToPath(new URL('../../../shared/fixtures/feeds/googlenews-top-2022-07-28.rss', import.meta.url));
	const copy = path.join(home, 'temp.rss');
	writeFileSync(copy, readFileSync(original));
	const context = await openContext({home, source: [original, copy], offline: true}, {env: {}});
	try {
		const services = new StoreServices(context, {openUrl: async () => undefined});
		const briefing = await services.getBriefing({unreadOnly: false});
		const stories = briefing.topics.flatMap(topic => topic.stories);
		const listed = new Set(stories.flatMap(story => story.articles.map(article => article.id)));
		const all = context.store.articles({limit: 1000});
		expect(all.length).toBe(76);
		// Every item is stored twice; a story lists one copy of each address.
		const hidden = all.filter(article => !listed.has(article.uid));
		expect(hidden.length).toBeGreaterThan(0);
		for (const article of hidden) {
			const story = services.storyOfArticle(article);
			expect(story, article.title).toBeDefined();
			const found = stories.find(candidate => candidate.id === story!.id)!;
			expect(found.articles.some(listedCopy => listedCopy.url === article.url)).toBe(true);
		}

		// The starred list names the hidden copy's story too.
		const starred = hidden[0]!;
		await services.toggleStar(starred.uid);
		const starredRows = await services.listStarred();
		expect(starredRows.find(row => row.id === starred.uid)?.storyId).toBe(services.storyOfArticle(starred)!.id);

		// Marking a story read (the app passes the story's article ids) marks the copies in the other feed too.
		const story = stories.find(candidate => candidate.articles.some(article => hidden.some(copyOf => copyOf.url === article.url)))!;
		await services.markRead(story.articles.map(article => article.id), true);
		const urls = new Set(story.articles.map(article => article.url));
		const copies = context.store.articles({limit: 1000}).filter(article => urls.has(article.url));
		expect(copies.length).toBe(2 * story.articles.length);
		expect(copies.every(article => article.read)).toBe(true);
		expect(context.store.articles({limit: 1000}).filter(article => article.read).length).toBe(copies.length);
		await services.markRead(story.articles.map(article => article.id), false);
		expect(context.store.articles({limit: 1000}).some(article => article.read)).toBe(false);
	} finally {
		context.close();
	}
});
