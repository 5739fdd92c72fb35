// Relative ages for list rows and clock times for report lists, in both interface languages.

import {describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/i18n/index.js';
import {age, clock} from '../../source/ui/text/age.js';

// Local-time constructors: clock() shows the reader's local time, so the test must not depend on the machine's zone.
const now = new Date(2026, 10, 25, 14, 5);
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();
const en = messagesFor('en');
const de = messagesFor('de');

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

describe('clock', () => {
	test('time today, day and time this year, the date with its year before', () => {
		expect(clock(new Date(2026, 10, 25, 9, 3).toISOString(), now)).toBe('09:03');
		expect(clock(new Date(2026, 6, 28, 12, 47).toISOString(), now)).toBe('28.07. 12:47');
		expect(clock(new Date(2022, 6, 28, 12, 47).toISOString(), now)).toBe('28.07.2022');
	});

	test('fits the 12 cells the report lists pad to', () => {
		for (const date of [new Date(2026, 0, 1, 0, 0), new Date(1999, 11, 31, 23, 59)]) {
			expect(clock(date.toISOString(), now).length).toBeLessThanOrEqual(12);
		}
	});
});
