// How often feeds are asked, against a loopback server: Retry-After, back-off of failing feeds, max-age, 410 Gone.

import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {clockTime, maxAgeSeconds, maxWaitMs, retryAfterUntil} from '../../source/feeds/schedule.js';

// The English words of a 410 answer (the 'gone' key's template), as stored beside its key.
const goneMessage = 'gone (HTTP 410): the feed was removed; remove it with d';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {readFixture} from '../helpers/feed-server.js';

const settings = {...defaultSettings, timeoutSeconds: 5, concurrency: 4, autoRefreshMinutes: 10};
const minute = 60_000;
// A feed that says nothing about how often it changes (no <ttl>, no sy:updatePeriod).
const feedBody = readFixture('nyt-world-europe-2021-02-27.rss');

/** What the server answers for a path, changeable during a test; with an etag header, a matching If-None-Match gets a 304. */
type Answer = {status: number; headers?: Record<string, string>; body?: Buffer};
const answers = new Map<string, Answer>();
const asked: string[] = [];
let server: http.Server;
let base = '';

beforeAll(async () => {
	server = http.createServer((request, response) => {
		const path = request.url ?? '/';
		asked.push(path);
		const answer = answers.get(path) ?? {status: 404};
		const etag = answer.headers?.etag;
		if (answer.status === 200 && etag && request.headers['if-none-match'] === etag) {
			response.writeHead(304, answer.headers);
			response.end();
			return;
		}
		response.writeHead(answer.status, {'content-type': 'application/rss+xml', ...answer.headers});
		response.end(answer.status === 200 ? (answer.body ?? feedBody) : '');
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise(resolve => server.close(resolve));
});

function feed(path: string, answer: Answer): FeedConfig {
	answers.set(path, answer);
	return {url: `${base}${path}`, title: '', tags: [], enabled: true};
}

function askedFor(path: string): number {
	return asked.filter(entry => entry === path).length;
}

const at = (start: Date, ms: number): Date => new Date(start.getTime() + ms);

describe('Retry-After', () => {
	it('on 429 in seconds: neither a manual nor a background refresh asks before that time; a manual one says until when', async () => {
		const store = new ArticleStore(':memory:');
		const start = new Date();
		const limited = feed('/limited', {status: 429, headers: {'retry-after': '1800'}});
		const healthy = feed('/healthy-1', {status: 200});
		const first = await refreshFeeds([limited, healthy], {settings, store, now: start});
		expect(first.results.map(result => result.outcome)).toEqual(['error', 'ok']);
		expect(first.results[0]!.error).toMatch(/^HTTP 429/);
		const until = start.getTime() + 1800 * 1000;
		expect(Date.parse(store.getFeedState(limited.url)!.retryAfter!)).toBe(until);

		const manual = await refreshFeeds([limited, healthy], {settings, store, now: at(start, 10 * minute)});
		expect(manual.results.map(result => result.outcome)).toEqual(['waiting', 'ok']);
		expect(manual.results[0]!.error).toBe(`waiting until ${clockTime(until)} (the server asked)`);
		expect(manual.waiting).toBe(1);
		expect(manual.failed).toBe(0);
		expect(askedFor('/limited')).toBe(1);

		const background = await refreshFeeds([limited, healthy], {settings, store, now: at(start, 20 * minute), background: true});
		expect(background.results.map(result => result.url)).toEqual([healthy.url]);
		expect(background.skipped).toBe(1);
		expect(askedFor('/limited')).toBe(1);

		answers.set('/limited', {status: 200});
		const later = await refreshFeeds([limited], {settings, store, now: at(start, 31 * minute), background: true});
		expect(later.results.map(result => result.outcome)).toEqual(['ok']);
		expect(askedFor('/limited')).toBe(2);
		expect(store.getFeedState(limited.url)).toMatchObject({retryAfter: null, failures: 0, failingSince: null});
		store.close();
	});

	it('on 503 as an HTTP date, capped at a day; ignored on other statuses', async () => {
		const store = new ArticleStore(':memory:');
		const start = new Date(Math.floor(Date.now() / 1000) * 1000);
		const inTwoHours = new Date(start.getTime() + 120 * minute).toUTCString();
		const nextYear = new Date(start.getTime() + 365 * 24 * 60 * minute).toUTCString();
		const dated = feed('/dated', {status: 503, headers: {'retry-after': inTwoHours}});
		const broken = feed('/year', {status: 503, headers: {'retry-after': nextYear}});
		const other = feed('/500-with-header', {status: 500, headers: {'retry-after': '3600'}});
		const summary = await refreshFeeds([dated, broken, other], {settings, store, now: start});
		expect(summary.failed).toBe(3);
		expect(Date.parse(store.getFeedState(dated.url)!.retryAfter!)).toBe(start.getTime() + 120 * minute);
		expect(Date.parse(store.getFeedState(broken.url)!.retryAfter!)).toBe(start.getTime() + maxWaitMs);
		expect(store.getFeedState(other.url)!.retryAfter).toBeNull();

		const manual = await refreshFeeds([dated, broken, other], {settings, store, now: at(start, 5 * minute)});
		expect(manual.results.map(result => result.outcome)).toEqual(['waiting', 'waiting', 'error']);
		const dayLater = await refreshFeeds([broken], {settings, store, now: at(start, maxWaitMs + minute)});
		expect(dayLater.results.map(result => result.outcome)).toEqual(['error']);
		expect(askedFor('/year')).toBe(2);
		store.close();
	});
});

describe('a failing feed', () => {
	it('is asked less often by the background refresh, doubling; a manual refresh asks it; one success resets it', async () => {
		const store = new ArticleStore(':memory:');
		const start = new Date();
		const failing = feed('/failing', {status: 500});
		const options = (ms: number, background: boolean) => ({settings, store, now: at(start, ms), background});
		await refreshFeeds([failing], options(0, true));
		// One failure: the next tick asks again, as for any feed.
		await refreshFeeds([failing], options(10 * minute, true));
		expect(askedFor('/failing')).toBe(2);
		expect(store.getFeedState(failing.url)).toMatchObject({failures: 2, failingSince: start.toISOString()});
		// Two failures: twenty minutes.
		const skipped = await refreshFeeds([failing], options(20 * minute, true));
		expect(skipped).toMatchObject({skipped: 1, results: []});
		expect(askedFor('/failing')).toBe(2);
		await refreshFeeds([failing], options(30 * minute, true));
		expect(askedFor('/failing')).toBe(3);
		// Three: forty minutes, and the ticks at +10, +20, +30 leave it.
		for (const tick of [40, 50, 60]) await refreshFeeds([failing], options(tick * minute, true));
		expect(askedFor('/failing')).toBe(3);
		await refreshFeeds([failing], options(70 * minute, true));
		expect(askedFor('/failing')).toBe(4);
		// The user asks: every feed is tried.
		const manual = await refreshFeeds([failing], options(71 * minute, false));
		expect(manual.results.map(result => result.outcome)).toEqual(['error']);
		expect(askedFor('/failing')).toBe(5);
		expect(store.getFeedState(failing.url)).toMatchObject({failures: 5, failingSince: start.toISOString()});

		answers.set('/failing', {status: 200});
		await refreshFeeds([failing], options(72 * minute, false));
		expect(store.getFeedState(failing.url)).toMatchObject({status: 'ok', failures: 0, failingSince: null});
		await refreshFeeds([failing], options(82 * minute, true));
		expect(askedFor('/failing')).toBe(7);
		store.close();
	});

	it('that is gone (410) says so and is no longer asked in the background, but still when the user asks', async () => {
		const store = new ArticleStore(':memory:');
		const start = new Date();
		const removed = feed('/removed', {status: 410});
		const first = await refreshFeeds([removed], {settings, store, now: start});
		expect(first.results[0]!.error).toBe(goneMessage);
		expect(store.getFeedState(removed.url)).toMatchObject({gone: true, error: goneMessage});
		const background = await refreshFeeds([removed], {settings, store, now: at(start, 10 * minute), background: true});
		expect(background.skipped).toBe(1);
		expect(askedFor('/removed')).toBe(1);
		const manual = await refreshFeeds([removed], {settings, store, now: at(start, 11 * minute)});
		expect(manual.results[0]!.error).toBe(goneMessage);
		expect(askedFor('/removed')).toBe(2);
		store.close();
	});
});

describe('the feed\'s own max-age', () => {
	it('keeps the background refresh from asking before it runs out; a manual refresh asks anyway', async () => {
		const store = new ArticleStore(':memory:');
		const start = new Date();
		const hourly = feed('/hourly', {status: 200, headers: {'cache-control': 'public, max-age=3600'}});
		const uncached = feed('/no-cache', {status: 200, headers: {'cache-control': 'no-cache, max-age=3600'}});
		await refreshFeeds([hourly, uncached], {settings, store, now: start});
		expect(Date.parse(store.getFeedState(hourly.url)!.freshUntil!)).toBe(start.getTime() + 3600 * 1000);
		expect(store.getFeedState(uncached.url)!.freshUntil).toBeNull();

		const background = await refreshFeeds([hourly, uncached], {settings, store, now: at(start, 10 * minute), background: true});
		expect(background.results.map(result => result.url)).toEqual([uncached.url]);
		expect(askedFor('/hourly')).toBe(1);
		await refreshFeeds([hourly], {settings, store, now: at(start, 11 * minute)});
		expect(askedFor('/hourly')).toBe(2);
		// The manual fetch renewed the hint: an hour from then.
		await refreshFeeds([hourly], {settings, store, now: at(start, 60 * minute), background: true});
		expect(askedFor('/hourly')).toBe(2);
		await refreshFeeds([hourly], {settings, store, now: at(start, 71 * minute), background: true});
		expect(askedFor('/hourly')).toBe(3);
		store.close();
	});

	it('and the feed\'s own <ttl> / sy:updatePeriod (real feeds), which a 304 keeps', async () => {
		const store = new ArticleStore(':memory:');
		const start = new Date();
		const orf = feed('/orf', {status: 200, body: readFixture('orf-rdf-2025.rdf'), headers: {etag: '"o1"'}});
		const slashdot = feed('/slashdot', {status: 200, body: readFixture('slashdot-rdf.rdf')});
		const tagesschau = feed('/tagesschau', {status: 200, body: readFixture('tagesschau-2021-02-18.rss')});
		const all = [orf, slashdot, tagesschau];
		await refreshFeeds(all, {settings, store, now: start});
		const hint = (url: string): number => (Date.parse(store.getFeedState(url)!.freshUntil!) - start.getTime()) / 1000;
		// ORF: sy:updatePeriod hourly, sy:updateFrequency 2; Slashdot: syn:updatePeriod hourly; tagesschau: <ttl>10</ttl>.
		expect([hint(orf.url), hint(slashdot.url), hint(tagesschau.url)]).toEqual([1800, 3600, 600]);

		const tick = async (minutes: number) => refreshFeeds(all, {settings, store, now: at(start, minutes * minute), background: true});
		expect((await tick(10)).results.map(result => result.url)).toEqual([tagesschau.url]);
		expect((await tick(30)).results.map(result => [result.url, result.outcome])).toEqual([[orf.url, 'not-modified'], [tagesschau.url, 'ok']]);
		// The 304 had no feed text: the half hour the feed said last time carries on.
		expect(hint(orf.url)).toBe(30 * 60 + 1800);
		expect((await tick(40)).results.map(result => result.url)).toEqual([tagesschau.url]);
		expect((await tick(60)).results.map(result => result.url)).toEqual(all.map(entry => entry.url));
		expect(askedFor('/orf')).toBe(3);
		store.close();
	});

	it('feeds that send no such header hold nothing: the refresh asks the store one question and every feed', async () => {
		const store = new ArticleStore(':memory:');
		const plain = [feed('/plain-1', {status: 200}), feed('/plain-2', {status: 200})];
		await refreshFeeds(plain, {settings, store});
		expect(store.refreshHolds().size).toBe(0);
		const again = await refreshFeeds(plain, {settings, store, background: true, now: new Date(Date.now() + minute)});
		expect(again.results).toHaveLength(2);
		expect(again.skipped).toBeUndefined();
		store.close();
	});
});

describe('the headers as read', () => {
	const now = Date.parse('2026-11-26T12:00:00Z');
	it('Retry-After: seconds, an HTTP date; nothing for garbage, the past or a date without its zone; a day at most', () => {
		expect(retryAfterUntil('120', now)).toBe(now + 120_000);
		expect(retryAfterUntil('Thu, 26 Nov 2026 13:30:00 GMT', now)).toBe(Date.parse('2026-11-26T13:30:00Z'));
		expect(retryAfterUntil('Thu, 26 Nov 2026 11:30:00 GMT', now)).toBeNull();
		expect(retryAfterUntil('Thu, 26 Nov 2026 13:30:00', now)).toBeNull();
		expect(retryAfterUntil('soon', now)).toBeNull();
		expect(retryAfterUntil('-5', now)).toBeNull();
		expect(retryAfterUntil('99999999', now)).toBe(now + maxWaitMs);
	});

	it('Cache-Control: max-age unless no-cache / no-store', () => {
		expect(maxAgeSeconds('public, max-age=900')).toBe(900);
		expect(maxAgeSeconds('max-age="600", must-revalidate')).toBe(600);
		expect(maxAgeSeconds('s-maxage=600')).toBeNull();
		expect(maxAgeSeconds('no-store, max-age=600')).toBeNull();
		expect(maxAgeSeconds('max-age=0')).toBeNull();
		expect(maxAgeSeconds(null)).toBeNull();
	});
});

describe('lagebild feeds list', () => {
	it('says how long a failing feed has been failing, after a real run of failures', async () => {
		const {formatFeedTable} = await import('../../source/commands/feeds.js');
		const store = new ArticleStore(':memory:');
		const threeDaysAgo = new Date(Date.now() - 3 * 24 * 60 * minute - minute);
		const down = feed('/down-for-days', {status: 500});
		await refreshFeeds([down], {settings, store, now: threeDaysAgo});
		await refreshFeeds([down], {settings, store});
		const states = new Map(store.feedStates().map(state => [state.url, state]));
		const table = formatFeedTable([down], states);
		expect(table).toContain('✗ HTTP 500 Internal Server Error (failing for 3d)');
		answers.set('/down-for-days', {status: 200});
		await refreshFeeds([down], {settings, store});
		expect(formatFeedTable([down], new Map(store.feedStates().map(state => [state.url, state])))).not.toContain('failing');
		store.close();
	});
});

describe('lagebild refresh', () => {
	it('names a waiting feed and counts it apart from the failed ones', async () => {
		const {formatResult, formatSummary} = await import('../../source/commands/refresh.js');
		const store = new ArticleStore(':memory:');
		const start = new Date();
		const limited = feed('/limited-command', {status: 503, headers: {'retry-after': '600'}});
		await refreshFeeds([limited], {settings, store, now: start});
		const summary = await refreshFeeds([limited], {settings, store, now: at(start, minute)});
		expect(formatResult(summary.results[0]!)).toBe(`  … ${limited.url} — waiting until ${clockTime(start.getTime() + 600_000)} (the server asked)`);
		expect(formatSummary(summary)).toMatch(/: 0 ok, 0 not modified, 0 failed, 1 waiting; 0 new articles\.$/);
		store.close();
	});
});
