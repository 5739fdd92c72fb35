// "1 new articles" and "1 neue Artikel" after a background refresh that brought one article.

import {describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/ui/i18n/index.js';
import {refreshDoneText} from '../../source/ui/i18n/refresh-done.js';

describe('the refresh summary line', () => {
	test('singular and plural in English and German', () => {
		const one = {ok: 1, notModified: 0, failed: 2, newArticles: 1};
		const many = {ok: 5, notModified: 1, failed: 0, newArticles: 12};
		expect(refreshDoneText(one, messagesFor('en'))).toBe('1 feed ok, 2 failed, 1 new article');
		expect(refreshDoneText(many, messagesFor('en'))).toBe('6 feeds ok, 0 failed, 12 new articles');
		expect(refreshDoneText(one, messagesFor('de'))).toBe('1 Feed ok, 2 fehlgeschlagen, 1 neuer Artikel');
		expect(refreshDoneText(many, messagesFor('de'))).toBe('6 Feeds ok, 0 fehlgeschlagen, 12 neue Artikel');
	});
});
