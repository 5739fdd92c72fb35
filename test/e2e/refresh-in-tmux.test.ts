// End to end: refreshes inside the running app bring new reports into its briefing, one after the other.

import {writeFileSync} from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {e2eFixture, startApp} from '../helpers/e2e-app.js';
import {hasTmux, moveTo} from '../helpers/tmux.js';

interface Item {
	id: string;
	title: string;
	description: string;
	hoursAgo: number;
}

/** Two outlets' reports of the same events; the second refresh brings a new event reported by both. */
const firstEvent: Record<'a' | 'b', Item> = {
	a: {id: 'a1', title: 'Kiew: Selenskyj empfängt Zorblax-Delegation zu Gesprächen über eine Waffenruhe', description: 'Die Zorblax-Delegation traf in Kiew Präsident Selenskyj. Es ging um eine Waffenruhe im Ukraine-Krieg.', hoursAgo: 3},
	b: {id: 'b1', title: 'Zorblax-Delegation in Kiew: Selenskyj spricht über Waffenruhe im Ukraine-Krieg', description: 'Präsident Selenskyj hat in Kiew die Zorblax-Delegation empfangen und über eine Waffenruhe gesprochen.', hoursAgo: 2},
};
const secondEvent: Record<'a' | 'b', Item> = {
	a: {id: 'a2', title: 'Ukraine-Krieg: Quuxhafen meldet 4711 Evakuierte nach russischem Angriff', description: 'Nach einem russischen Angriff auf Quuxhafen in der Ukraine wurden 4711 Menschen evakuiert.', hoursAgo: 1},
	b: {id: 'b2', title: 'Russischer Angriff auf Quuxhafen: 4711 Menschen in der Ukraine evakuiert', description: 'In Quuxhafen in der Ukraine mussten nach einem russischen Angriff 4711 Menschen ihre Häuser verlassen.', hoursAgo: 1},
};

function rss(outlet: string, items: Item[], now: number): string {
	const entries = items.map((item) => `<item><title>${item.title}</title><link>https://${outlet}.example.org/${item.id}</link><guid>${outlet}-${item.id}</guid><pubDate>${new Date(now - item.hoursAgo * 3_600_000).toUTCString()}</pubDate><description>${item.description}</description></item>`);
	return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${outlet}</title><link>https://${outlet}.example.org/</link><language>de</language>${entries.join('')}</channel></rss>`;
}

describe.skipIf(!hasTmux())('refreshing in the running app', () => {
	let server: http.Server;
	let base = '';
	let version = 1;
	const now = Date.now();
	const fixture = e2eFixture('lagebild-e2e-refresh-');

	beforeAll(async () => {
		server = http.createServer((request, response) => {
			const outlet = request.url === '/a.xml' ? 'a' : request.url === '/b.xml' ? 'b' : undefined;
			if (!outlet) {
				response.writeHead(404).end();
				return;
			}
			const items = version === 1 ? [firstEvent[outlet]] : [firstEvent[outlet], secondEvent[outlet]];
			response.writeHead(200, {'content-type': 'application/rss+xml; charset=utf-8'}).end(rss(`outlet-${outlet}`, items, now));
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		await new Promise((resolve) => server.close(resolve));
	});


	it('shows the reports of the refresh at start, then those of a refresh the reader asks for, and quits cleanly', async () => {
		const home = fixture.newHome();
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({
			feeds: ['a', 'b'].map((outlet) => ({url: `${base}/${outlet}.xml`, title: `Outlet ${outlet.toUpperCase()}`, tags: [], enabled: true})),
		}));
		const session = fixture.keep(startApp(['--home', home], {CI: 'true'}));

		// The refresh at start fetched both outlets: their one event is a story of both, under Ukraine.
		await session.waitFor(/Topics[\s\S]*Ukraine war/, 30_000);
		await session.waitFor(/2 feeds ok/, 30_000);
		session.send('Tab');
		await session.waitFor(/^▸/m);
		// From the top: under load the list may have been replaced under the cursor (the snapshots' briefing, then
		// the refreshed one), leaving it below the topic, where j never reaches it.
		session.send('g');
		await sleep(300);
		await moveTo(session, '▸', 'Ukraine war');
		session.send('Tab');
		await session.waitFor(/│▸/);
		const first = await session.waitFor('Zorblax', 30_000);
		expect(first).not.toMatch(/Quuxhafen/);

		// Both outlets publish a new event; the reader refreshes every feed.
		version = 2;
		session.send('R');
		const second = await session.waitFor(screen => screen.includes('Quuxhafen') && screen.includes('Zorblax'), 30_000);
		expect(second).toMatch(/Zorblax/);
		// One story of both outlets, not two of one each: open it and see both.
		// The new story may rank above the selection: start from the top.
		const selected = (screen: string) => screen.split('\n').filter((row) => row.includes('▸')).join('\n');
		const before = selected(session.capture());
		session.send('g');
		// Let the jump land before moveTo's first key, or both arrive as one chunk and "j" undoes it.
		await session.waitFor((screen) => selected(screen) !== before, 5000).catch(() => undefined);
		await moveTo(session, '▸', 'Quuxhafen');
		session.send('Enter');
		const story = await session.waitFor(screen => /Outlet A[\s\S]*Outlet B|Outlet B[\s\S]*Outlet A/.test(screen) && screen.includes('4711'), 15_000);
		expect(story).toMatch(/4711/);
		session.send('Escape');
		await session.waitFor(/Topics[\s\S]*Stories/);

		await sleep(200);
		session.send('q');
		await session.waitFor('[lagebild exited 0]', 10_000);
	}, 180_000);
});
