// A typo in a feed's path: the server answers 404, and the address was added "as typed" with a warning, to fail on
// every refresh (ninth walk). 404 and 410 say nothing is there and are refused as a page without a feed is; a server
// failing for now (503) is still added with a warning, and an address typed without a scheme that only http answers
// is named by its http address.

import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {StoreServices} from '../../source/services/store-services.js';
import {cli} from '../cli/run-cli.js';
import {useFeedServerAndHome} from '../helpers/server-and-home.js';

const fixture = useFeedServerAndHome('lagebild-nothing-at-');
const configured = () => {
	try {
		return (JSON.parse(readFileSync(path.join(fixture.home, 'config.json'), 'utf8')) as {feeds?: Array<{url: string}>}).feeds?.map(feed => feed.url) ?? [];
	} catch {
		return [];
	}
};

describe('lagebild feeds add on an address the server has nothing at', () => {
	it('refuses a 404 and a 410, names the status and adds nothing', async () => {
		for (const status of [404, 410]) {
			const url = fixture.server.url(`/status/${status}`);
			const result = await cli(fixture.home, 'feeds', 'add', url);
			expect(result.code).toBe(1);
			expect(result.stdout).toBe('');
			expect(result.stderr).toContain(`lagebild: ${url}: HTTP ${status} ${status === 404 ? 'Not Found' : 'Gone'}. Nothing was added; to add it anyway: lagebild feeds add --as-is ${url}`);
			expect(configured()).not.toContain(url);
		}
	});

	it('still adds an address whose server fails for now (503), with the warning', async () => {
		const url = fixture.server.url('/status/503');
		const result = await cli(fixture.home, 'feeds', 'add', url);
		expect(result.code).toBe(0);
		expect(result.stderr).toContain(`could not check ${url} (HTTP 503`);
		expect(configured().at(-1)).toBe(url);
	});

	it('refuses a typo typed without a scheme on a plain http server by its http address, not as https', async () => {
		const plain = fixture.server.url('/okk/tagesschau-2021-02-18.rss');
		const typed = plain.replace(/^http:\/\//u, '');
		const result = await cli(fixture.home, 'feeds', 'add', typed);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`lagebild: ${plain}: HTTP 404 Not Found. Nothing was added`);
		expect(result.stderr).not.toContain('TLS');
		expect(configured().some(url => url.includes('/okk/'))).toBe(false);
	});

	it('is refused in the feed manager too (StoreServices.addFeed)', async () => {
		writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: [], settings: {timeoutSeconds: 5}}));
		const context = await openContext({home: fixture.home, source: [], offline: false}, {env: {}});
		const services = new StoreServices(context, {openUrl: async () => undefined});
		try {
			const typo = fixture.server.url('/okk/tagesschau-2021-02-18.rss').replace(/^http:\/\//u, '');
			await expect(services.addFeed({url: `https://${typo}`, title: '', tags: [], enabled: true}, undefined, {typedWithoutScheme: true})).rejects.toThrow('HTTP 404 Not Found');
			await expect(services.addFeed({url: fixture.server.url('/status/404'), title: '', tags: [], enabled: true})).rejects.toThrow('HTTP 404 Not Found');
			expect((await services.listFeeds()).map(feed => feed.config.url)).toEqual([]);
		} finally {
			await services.close();
			context.close();
		}
	});
});
