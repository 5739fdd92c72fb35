// "1 new articles" and "1 neue Artikel" after a background refresh that brought one article.

import {describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/i18n/index.js';
import {refreshDoneText} from '../../source/i18n/refresh-done.js';
import {errorInLanguage} from '../../source/i18n/error-texts.js';
import {RefreshBusyError} from '../../source/store/refresh-lock.js';

describe('the refresh summary line', () => {
	test('singular and plural in English and German', () => {
		const one = {ok: 1, notModified: 0, failed: 2, newArticles: 1};
		const many = {ok: 5, notModified: 1, failed: 0, newArticles: 12};
		expect(refreshDoneText(one, messagesFor('en'))).toBe('1 feed ok, 2 failed, 1 new article');
		expect(refreshDoneText(many, messagesFor('en'))).toBe('6 feeds ok, 0 failed, 12 new articles');
		expect(refreshDoneText(one, messagesFor('de'))).toBe('1 Feed ok, 2 fehlgeschlagen, 1 neuer Artikel');
		expect(refreshDoneText(many, messagesFor('de'))).toBe('6 Feeds ok, 0 fehlgeschlagen, 12 neue Artikel');
	});

	test('thousands are grouped as the progress beside it groups them ("4,000 new articles" next to "0 of 1,350")', () => {
		const farm = {ok: 1200, notModified: 0, failed: 3, newArticles: 4000, skippedOld: 12_500};
		expect(refreshDoneText(farm, messagesFor('en'), 30)).toBe('1,200 feeds ok, 3 failed, 4,000 new articles · 12,500 older than 30 days skipped (retentionDays)');
		expect(refreshDoneText(farm, messagesFor('de'), 30)).toBe('1.200 Feeds ok, 3 fehlgeschlagen, 4.000 neue Artikel · 12.500 älter als 30 Tage übersprungen (retentionDays)');
	});

	test('feeds that wait for their server (Retry-After) are counted', () => {
		const held = {ok: 3, notModified: 0, failed: 1, newArticles: 4, waiting: 2};
		expect(refreshDoneText(held, messagesFor('en'))).toBe('3 feeds ok, 1 failed, 4 new articles, 2 waiting (server asked)');
		expect(refreshDoneText(held, messagesFor('de'))).toBe('3 Feeds ok, 1 fehlgeschlagen, 4 neue Artikel, 2 warten (auf Wunsch des Servers)');
		expect(refreshDoneText({...held, waiting: 0}, messagesFor('en'))).toBe('3 feeds ok, 1 failed, 4 new articles');
	});

	test('a refresh refused because another process refreshes says so in the interface language', () => {
		const {message} = new RefreshBusyError(4242);
		expect(errorInLanguage(message, messagesFor('en'))).toBe('another lagebild is refreshing these feeds (pid 4242); try again when it is done');
		expect(errorInLanguage(message, messagesFor('de'))).toBe('ein anderes lagebild aktualisiert gerade diese Feeds (PID 4242); bitte danach noch einmal versuchen');
	});
});

describe('what the retention setting did (seventh walk: the app said "0 new articles" for a feed of old items)', () => {
	test('skipped old items and articles let back are said after the counts, as lagebild refresh says them', () => {
		const base = {ok: 1, notModified: 0, failed: 26, newArticles: 0};
		expect(refreshDoneText({...base, skippedOld: 38}, messagesFor('en'), 30)).toBe('1 feed ok, 26 failed, 0 new articles · 38 older than 30 days skipped (retentionDays)');
		expect(refreshDoneText({...base, skippedOld: 38}, messagesFor('de'), 30)).toBe('1 Feed ok, 26 fehlgeschlagen, 0 neue Artikel · 38 älter als 30 Tage übersprungen (retentionDays)');
		const back = {ok: 18, notModified: 0, failed: 29, newArticles: 321, returned: 38};
		expect(refreshDoneText(back, messagesFor('en'), 0)).toBe('18 feeds ok, 29 failed, 321 new articles (38 of them back: retentionDays 0 keeps everything)');
		expect(refreshDoneText(back, messagesFor('de'), 60)).toBe('18 Feeds ok, 29 fehlgeschlagen, 321 neue Artikel (38 davon zurück: retentionDays 60 reicht jetzt bis zu ihnen)');
	});
});
