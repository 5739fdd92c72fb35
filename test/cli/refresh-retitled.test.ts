// `lagebild refresh` of a feed that rewrote an item already read (walk 10 #218): a new title brings it back unread and
// new since the story was last looked at; a new body alone does not, nor a title it had before (review V16 #5).

import {beforeEach, describe, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import type {ArticleStore} from '../../source/store/article-store.js';
import {useOwnServerAndHome, withHomeStore, writeFeedList} from '../helpers/server-and-home.js';
import {cli} from './run-cli.js';

/** What the feed serves now: one item, the same guid throughout. */
let item = {title: '', body: ''};

function feedXml(): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wechselblatt</title><link>http://127.0.0.1/</link><language>de</language>
<item><title>${item.title}</title><link>http://127.0.0.1/wahlrecht</link><guid isPermaLink="false">wechselblatt-wahlrecht-1</guid>
<pubDate>Fri, 20 Nov 2026 06:00:00 GMT</pubDate><description>${item.body}</description></item>
</channel></rss>`;
}

// No validators: every refresh gets the item again, as from a feed that rewrites it.
const local = useOwnServerAndHome('lagebild-retitled-', (_request, response) => {
	response.writeHead(200, {'content-type': 'application/rss+xml; charset=utf-8'}).end(feedXml());
});

beforeEach(() => {
	item = {title: 'Wahlrecht: Verfassungsgericht verkündet heute Urteil', body: 'Karlsruhe entscheidet heute über die Reform des Wahlrechts.'};
	writeFeedList(local.home, [{url: `${local.base}/feed.xml`, title: 'Wechselblatt', tags: [], enabled: true}]);
});

const withStore = <T>(use: (store: ArticleStore) => T): T => withHomeStore(local.home, use);

/** Refreshes, then reads the item, stars it and looks at its story through the app's services; returns its uid. */
async function refreshAndRead(): Promise<string> {
	const {home} = local;
	expect((await cli(home, 'refresh')).code).toBe(0);
	const uid = withStore(store => {
		const [article] = store.articles();
		store.markRead([article!.uid]);
		store.setStarred([article!.uid]);
		return article!.uid;
	});
	const context = await openContext({home, source: [], offline: false}, {env: {}});
	try {
		await new StoreServices(context, {openUrl: async () => undefined}).markSeen(['wahlrecht'], new Date().toISOString());
	} finally {
		context.close();
	}

	// The next fetch is later than the look.
	await new Promise(resolve => setTimeout(resolve, 5));
	return uid;
}

/** The story's "N reports are new since you last looked", as the app asks it. */
async function newSinceLook(uid: string): Promise<string[]> {
	const {home} = local;
	const context = await openContext({home, source: [], offline: false}, {env: {}});
	try {
		return await new StoreServices(context, {openUrl: async () => undefined}).storyNews('wahlrecht', [uid]);
	} finally {
		context.close();
	}
}

describe('lagebild refresh of an item its feed rewrote after it was read', () => {
	it('a new title: unread again (the star kept), arrived at this refresh, new since the last look', async () => {
		const uid = await refreshAndRead();
		const before = withStore(store => store.article(uid)!);
		expect(before).toMatchObject({read: true, starred: true});
		expect(await newSinceLook(uid)).toEqual([]);

		item = {title: 'Wahlrecht: Verfassungsgericht kippt Reform (aktualisiert: Urteil verkündet)', body: '„Das Gesetz ist nichtig“, sagte Gerichtspräsident Stephan Harbarth.'};
		const refreshed = await cli(local.home, 'refresh');
		expect(refreshed.code).toBe(0);
		const after = withStore(store => store.article(uid)!);
		expect(after).toMatchObject({title: item.title, read: false, starred: true});
		expect(Date.parse(after.fetchedAt)).toBeGreaterThan(Date.parse(before.fetchedAt));
		expect(await newSinceLook(uid)).toEqual([uid]);
	});

	it('a new body under the same title: still read, not new', async () => {
		const uid = await refreshAndRead();
		const before = withStore(store => store.article(uid)!);
		item = {...item, body: 'Karlsruhe entscheidet heute über die Reform des Wahlrechts (Tippfehler korrigiert).'};
		expect((await cli(local.home, 'refresh')).code).toBe(0);
		const after = withStore(store => store.article(uid)!);
		expect(after).toMatchObject({content: item.body, read: true, fetchedAt: before.fetchedAt});
		expect(await newSinceLook(uid)).toEqual([]);
	});

	it('a headline that flips back (A, B, A — an A/B test): news once at B, not again at A, nor at B after it', async () => {
		const titleA = item.title;
		const titleB = 'Karlsruhe: Wahlrechtsreform gekippt';
		const uid = await refreshAndRead();

		item = {...item, title: titleB};
		expect((await cli(local.home, 'refresh')).code).toBe(0);
		const retitled = withStore(store => store.article(uid)!);
		expect(retitled).toMatchObject({title: titleB, read: false});
		expect(await newSinceLook(uid)).toEqual([uid]);
		// Read again, and the story looked at again.
		await refreshAndRead();

		for (const title of [titleA, titleB, titleA]) {
			item = {...item, title, body: `${item.body} +`};
			expect((await cli(local.home, 'refresh')).code).toBe(0);
			expect(withStore(store => store.article(uid)!)).toMatchObject({title, read: true, starred: true, fetchedAt: retitled.fetchedAt});
			expect(await newSinceLook(uid)).toEqual([]);
		}
	});
});
