// The feed manager's a with an address that could not be checked (sixth walk): it is added as typed, as `feeds add`
// does, and the status row says so with the reason — "example.org:8080/rss" taken as https was added without a word.

import {afterEach, expect, test} from 'vitest';
import type {AppServices} from '../../source/services/app-services.js';
import {keys} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

test('an address that could not be checked is added with the reason said, in the interface language', async () => {
	app = await startTestApp({columns: 160, language: 'de'});
	const add = app.services.addFeed.bind(app.services);
	// MemoryServices adds without checking; StoreServices answers so for an address nobody answers at.
	(app.services as {addFeed: AppServices['addFeed']}).addFeed = async (feed, listener) => {
		await add(feed);
		listener?.unchecked?.('connection refused');
	};
	await app.press('f');
	await app.waitFor('#news');
	await app.press('a');
	await app.type('127.0.0.1:8765/feed.xml');
	await app.press(keys.enter);
	await app.waitFor('https://127.0.0.1:8765/feed.xml wie eingegeben hinzugefügt, aber nicht prüfbar (Verbindung abgelehnt); die nächste Aktualisierung versucht es wieder');
	expect(app.frame()).not.toMatch(/Feed hinzugefügt/u);
});

test('an address typed without a scheme that only http answers is added over http, and the status row says so', async () => {
	app = await startTestApp({columns: 160, language: 'de'});
	const add = app.services.addFeed.bind(app.services);
	const asked: unknown[] = [];
	// StoreServices tries http when https finds no server and the scheme was not typed (test/feeds/scheme-less-http).
	(app.services as {addFeed: AppServices['addFeed']}).addFeed = async (feed, _listener, options) => {
		asked.push(options);
		const url = feed.url.replace(/^https:/u, 'http:');
		await add({...feed, url});
		return {url, title: '', namedByPage: 0, overHttp: true};
	};
	await app.press('f');
	await app.waitFor('#news');
	await app.press('a');
	await app.type('127.0.0.1:8765/feed.xml');
	await app.press(keys.enter);
	await app.waitFor('Als http://127.0.0.1:8765/feed.xml hinzugefügt: der Server antwortet über http, nicht https');
	expect(asked).toEqual([{typedWithoutScheme: true}]);
});
