// URLs from feeds and users: only http, https and file feeds; only http(s) item links; the browser gets the URL as an argument, never via a shell.

import {chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {FeedUrlError, parseFeedUrl} from '../../source/config/feed-url.js';
import {FetchError} from '../../source/feeds/feed-error.js';
import {fetchFeed} from '../../source/feeds/fetch.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings} from '../../source/model/feed.js';
import {openWebUrl} from '../../source/services/store-services.js';
import {MemoryStore} from '../feeds/memory-store.js';
import {startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {fixtureDir} from '../helpers/fuzz-feeds.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'lagebild-urls-'));
let server: FeedServer;
beforeAll(async () => {
	server = await startFeedServer();
});
afterAll(async () => {
	await server.close();
	rmSync(dir, {recursive: true, force: true});
});

const hostileSchemes = ['javascript:alert(1)', 'ftp://127.0.0.1/feed.rss', 'data:application/rss+xml,<rss/>', 'gopher://127.0.0.1/1', 'ws://127.0.0.1/', 'mailto:a@b.example', 'chrome://settings', 'jar:file:///x.jar!/feed.rss'];

describe('feed URLs', () => {
	test('fetch accepts http, https and file only; everything else is one readable error', async () => {
		for (const url of hostileSchemes) {
			const error = await fetchFeed(url, {}, defaultSettings).then(() => undefined, (caught: unknown) => caught);
			expect(error, url).toBeInstanceOf(FetchError);
			expect((error as Error).message, url).toMatch(/^unsupported URL scheme /);
		}
		const file = pathToFileURL(path.join(fixtureDir, 'tagesschau-2021-02-18.rss')).href;
		expect((await fetchFeed(file, {}, defaultSettings)).status).toBe('ok');
		expect((await fetchFeed(server.url('/ok/tagesschau-2021-02-18.rss'), {}, defaultSettings)).status).toBe('ok');
	});

	test('a redirect to file: or ftp: is refused (a remote server must not read local files)', async () => {
		for (const route of ['/file-redirect', '/ftp-redirect']) {
			await expect(fetchFeed(server.url(route), {}, defaultSettings)).rejects.toThrow(/unsupported URL scheme (?:file|ftp): \(redirect\)/);
		}
	});

	test('refresh turns each unsupported URL into one error result and still fetches the good feed', async () => {
		const store = new MemoryStore();
		const feeds = [...hostileSchemes, server.url('/file-redirect'), server.url('/ok/uol-noticias.rss')].map((url) => ({url, title: '', tags: [], enabled: true}));
		const summary = await refreshFeeds(feeds, {settings: defaultSettings, store});
		expect(summary.results).toHaveLength(feeds.length);
		expect(summary.failed).toBe(feeds.length - 1);
		expect(summary.ok).toBe(1);
		for (const feed of feeds) expect(store.commits.filter((commit) => commit.state.url === feed.url)).toHaveLength(1);
	});

	test('feeds add takes only http(s) addresses', () => {
		for (const url of [...hostileSchemes, 'file:///etc/passwd', '/etc/passwd', 'http://']) {
			expect(() => parseFeedUrl(url), url).toThrow(FeedUrlError);
		}
		expect(parseFeedUrl(' https://Example.org/feed#x ')).toBe('https://example.org/feed');
	});
});

describe('item links', () => {
	test('normalize keeps http(s) links, resolves relative ones, and drops file:, javascript:, data: and the rest', async () => {
		const links = [
			['https://news.example/a', 'https://news.example/a'],
			['/relative/b', 'https://news.example/relative/b'],
			['//cdn.example/c', 'https://cdn.example/c'],
			['file:///etc/passwd', ''],
			['javascript:alert(document.cookie)', ''],
			['JaVaScRiPt:alert(1)', ''],
			['data:text/html,<script>alert(1)</script>', ''],
			['ftp://news.example/d', ''],
			['smb://server/share', ''],
			['vbscript:msgbox', ''],
			[' \u0001javascript:alert(1)', ''],
		] as const;
		const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://news.example/</link>${
			links.map(([link], index) => `<item><title>Item ${index}</title><link>${link.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</link><guid isPermaLink="false">g${index}</guid></item>`).join('')
		}<item><title>guid only</title><guid>file:///etc/shadow</guid></item></channel></rss>`;
		const {articles} = await parseFeedText(xml, {feedUrl: 'https://news.example/feed', fetchedAt: '2026-01-01T00:00:00.000Z', settings: defaultSettings});
		expect(articles.map((article) => article.url)).toEqual([...links.map(([, want]) => want), '']);
	});
});

describe('opening a link in the browser', () => {
	test('only http(s) URLs are opened', async () => {
		for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'not a url', '/etc/passwd', 'smb://server/share']) {
			await expect(openWebUrl(url), url).rejects.toThrow();
		}
	});

	test('the URL reaches the browser as one argument, shell metacharacters and all, and nothing is executed', async () => {
		// open() runs its bundled xdg-open, which (without a desktop session) starts $BROWSER with the URL.
		const recorder = path.join(dir, 'browser.sh');
		const record = path.join(dir, 'browser-args');
		const pwned = path.join(dir, 'pwned');
		writeFileSync(recorder, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${record}'\n`);
		chmodSync(recorder, 0o755);
		const url = `https://news.example/a?x=$(touch ${pwned})&y=\`touch ${pwned}\`;touch ${pwned}|cat #'"`;
		const saved = {BROWSER: process.env.BROWSER, DISPLAY: process.env.DISPLAY, XDG_CURRENT_DESKTOP: process.env.XDG_CURRENT_DESKTOP, WAYLAND_DISPLAY: process.env.WAYLAND_DISPLAY};
		process.env.BROWSER = recorder;
		delete process.env.DISPLAY;
		delete process.env.XDG_CURRENT_DESKTOP;
		delete process.env.WAYLAND_DISPLAY;
		try {
			await openWebUrl(url);
			const started = Date.now();
			while (!existsSync(record) && Date.now() - started < 5000) await new Promise((resolve) => setTimeout(resolve, 20));
			await new Promise((resolve) => setTimeout(resolve, 50));
		} finally {
			for (const [key, value] of Object.entries(saved)) {
				if (value === undefined) delete process.env[key];
				else process.env[key] = value;
			}
		}
		expect(readFileSync(record, 'utf8')).toBe(`${url}\n`);
		expect(existsSync(pwned)).toBe(false);
	});

	test('no source file runs a command through a shell (exec, execSync, shell: true)', () => {
		const offenders: string[] = [];
		const walk = (folder: string): void => {
			for (const name of readdirSync(folder)) {
				const full = path.join(folder, name);
				if (statSync(full).isDirectory()) walk(full);
				else if (/\.tsx?$/.test(name)) {
					const code = readFileSync(full, 'utf8');
					// Whoever imports child_process may use spawn/execFile with an argument array, but never a shell.
					if (/shell:\s*true/.test(code) || (/['"](?:node:)?child_process['"]/.test(code) && /(?<![.\w])exec(?:Sync)?\(|\bexecSync\(/.test(code))) offenders.push(path.relative(repoRoot, full));
				}
			}
		};
		walk(path.join(repoRoot, 'source'));
		expect(offenders).toEqual([]);
	});
});
