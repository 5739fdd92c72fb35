// Relative ages for list rows, and the one wording of how long a feed has been failing (review V15 #8: the feed
// manager, `feeds list` and the refresh summary each had their own, `feeds list` in English only), in both languages.

import {describe, expect, test} from 'vitest';
import {age, failingText, messagesFor} from '../../source/i18n/index.js';

const now = new Date('2026-11-25T14:05:00.000Z');
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
const en = messagesFor('en');
const de = messagesFor('de');
const day = 24 * 60 * 60_000;

describe('age', () => {
	test('minutes, hours, then days up to two months', () => {
		expect(age(ago(0), now, en)).toBe('now');
		expect(age(ago(5), now, en)).toBe('5m');
		expect(age(ago(47 * 60), now, en)).toBe('47h');
		expect(age(ago(3 * 24 * 60), now, en)).toBe('3d');
		expect(age(ago(59 * 24 * 60), now, en)).toBe('59d');
	});

	test('months past two months, years past two years, never a four-digit day count', () => {
		expect(age(ago(61 * 24 * 60), now, en)).toBe('2mo');
		expect(age(ago(400 * 24 * 60), now, en)).toBe('13mo');
		expect(age(ago(1581 * 24 * 60), now, en)).toBe('4y');
		expect(age(ago(1581 * 24 * 60), now, de)).toBe('4 J.');
		expect(age(ago(100 * 24 * 60), now, de)).toBe('3 Mon.');
	});

	test('an unreadable date gives nothing', () => {
		expect(age('not a date', now, en)).toBe('');
	});
});

describe('failingText', () => {
	test('in the list\'s short units, in the interface language', () => {
		expect(failingText(ago(33 * 24 * 60), now, en, 60_000)).toBe('failing for 33d');
		expect(failingText(ago(33 * 24 * 60), now, de, 60_000)).toBe('fehlerhaft seit 33 T.');
		expect(failingText(ago(30), now, en, 60_000)).toBe('failing for 30m');
		expect(failingText(ago(30 * 60), now, de, 60_000)).toBe('fehlerhaft seit 30 Std.');
	});

	test('nothing below the caller\'s least age, without a start, or for an unreadable one', () => {
		expect(failingText(ago(0.5), now, en, 60_000)).toBeUndefined();
		expect(failingText(ago(1), now, en, 60_000)).toBe('failing for 1m');
		expect(failingText(ago(23 * 60), now, en, day)).toBeUndefined();
		expect(failingText(ago(24 * 60), now, en, day)).toBe('failing for 24h');
		expect(failingText(null, now, en, 0)).toBeUndefined();
		expect(failingText(undefined, now, en, 0)).toBeUndefined();
		expect(failingText('not a date', now, en, 0)).toBeUndefined();
	});
});
