// A feed added with `a` in the feed manager is fetched at once, as an imported one is (walk 8 #177): it stood at "not
// fetched yet / never / 0" until r, where a phone app shows the new feed's articles (ninth walk).

import {afterEach, expect, test, vi} from 'vitest';
import {keys} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** f, a, an address, Enter, as a person adds a feed; the number of refreshes before it. */
async function addFeed(app: AppUnderTest): Promise<number> {
	await app.press('f');
	await app.waitFor('#news');
	const before = app.services.callsOf('refresh').length;
	await app.press('a');
	await app.type('https://example.net/rss');
	await app.press(keys.enter);
	await app.waitFor('Feed added');
	return before;
}

test('a adds the feed, then a background refresh fetches it; "Feed added" stays on the row', async () => {
	app = await startTestApp();
	const before = await addFeed(app);
	await vi.waitUntil(() => app!.services.callsOf('refresh').length > before && !/refreshing \d/u.test(app!.frame()), {timeout: 10_000, interval: 10});
	expect(app.services.callsOf('refresh').slice(before)).toEqual([[{background: true}]]);
	expect(app.frame()).toContain('Feed added');
});

test('with --offline nothing is fetched', async () => {
	app = await startTestApp();
	app.services.offline = () => true;
	const before = await addFeed(app);
	await new Promise(resolve => setTimeout(resolve, 300));
	expect(app.services.callsOf('refresh').length).toBe(before);
});
