// How long a feed has been failing, as `feeds list` says it (review V15 #8): on a terminal in the app's language and in
// the words of the feed manager and the refresh summary ("failing for 33d" in all three; it said "33 days" in English
// under LANG=de); piped, as a field a script reads the same under any language: FAILING SINCE, ISO 8601 UTC.

import {describe, expect, it} from 'vitest';
import {formatFeedTable, formatFeedTsv} from '../../source/commands/feeds.js';
import {failingAge} from '../../source/commands/refresh.js';
import type {FeedConfig, FeedState} from '../../source/model/feed.js';

const now = new Date('2026-11-26T12:00:00.000Z');
const since = '2026-10-24T09:30:00.000Z';
const down: FeedConfig = {url: 'https://example.org/down.xml', title: 'Old Blog', tags: [], enabled: true};
const fine: FeedConfig = {url: 'https://example.org/fine.xml', title: 'Fine Feed', tags: [], enabled: true};
const base = {error: '', lastFetch: now.toISOString(), lastSuccess: null, etag: null, lastModified: null, articleCount: 3};
const states = new Map<string, FeedState>([
	[down.url, {...base, url: down.url, status: 'error', error: 'HTTP 404 Not Found', errorText: {key: 'http', params: {status: '404', reason: ' Not Found'}}, failures: 66, failingSince: since}],
	[fine.url, {...base, url: fine.url, status: 'ok'}],
]);

describe('feeds list: a failing feed', () => {
	it('on a terminal says for how long as the refresh summary does, in English and in German', () => {
		const english = formatFeedTable([down, fine], states, 'en', now);
		expect(english).toContain('(failing for 33d)');
		expect(english).toContain(`${failingAge(since, now, 'en')}`.trim());
		const german = formatFeedTable([down, fine], states, 'de', now);
		expect(german).toContain('(fehlerhaft seit 33 T.)');
		expect(german).toContain(failingAge(since, now, 'de').trim());
		expect(german).not.toMatch(/failing|days/u);
		expect(german.split('\n').filter(line => line.includes('✗'))).toHaveLength(1);
	});

	it('a feed that failed a moment ago has its error alone', () => {
		const justNow = new Map(states).set(down.url, {...states.get(down.url)!, failingSince: new Date(now.getTime() - 30_000).toISOString()});
		const table = formatFeedTable([down], justNow, 'en', now);
		expect(table).toContain('✗ ');
		expect(table).not.toContain('failing for');
	});

	it('piped: FAILING SINCE in ISO 8601 UTC and the stored error, the same under any language; both empty for a working feed', () => {
		const rows = formatFeedTsv([down, fine], states).split('\n').map(row => row.split('\t'));
		expect(rows[0]!.slice(-2)).toEqual(['FAILING SINCE', 'ERROR']);
		expect(rows[1]!.slice(-2)).toEqual([since, 'HTTP 404 Not Found']);
		expect(rows[2]!.slice(-2)).toEqual(['', '']);
		expect(rows.every(row => row.length === 10)).toBe(true);
	});
});
