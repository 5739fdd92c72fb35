// Short relative ages ("5m", "3h", "2d", "5mo", "4y") for list rows, and how long a feed has been failing in those words.

import type {Messages} from './en.js';
import {format} from './format.js';

export function age(iso: string, now: Date, messages: Messages): string {
	const then = Date.parse(iso);
	if (Number.isNaN(then)) {
		return '';
	}

	const minutes = Math.max(0, Math.floor((now.getTime() - then) / 60_000));
	if (minutes < 1) {
		return messages.age.now;
	}

	if (minutes < 60) {
		return format(messages.age.minutes, {n: minutes});
	}

	const hours = Math.floor(minutes / 60);
	if (hours < 48) {
		return format(messages.age.hours, {n: hours});
	}

	// Past two months a day count stops being readable ("1581d"); old snapshots and archives reach years.
	const days = Math.floor(hours / 24);
	if (days < 60) {
		return format(messages.age.days, {n: days});
	}

	const months = Math.floor(days / 30.44);
	if (months < 24) {
		return format(messages.age.months, {n: months});
	}

	return format(messages.age.years, {n: Math.floor(days / 365.25)});
}

/** A feed failing for a minute or more says since when in the feed manager and `feeds list`; one that just failed has its error alone. */
export const failingShownMs = 60_000;

/**
 * "failing for 33d" ("fehlerhaft seit 33 T."): the one wording of the feed manager, `feeds list` and the refresh summary.
 * Undefined below `minMs` (a feed that failed a moment ago: its error says enough) or without a start.
 */
export function failingText(since: string | null | undefined, now: Date, messages: Messages, minMs: number): string | undefined {
	if (!since) return undefined;
	const failingMs = now.getTime() - Date.parse(since);
	if (!(failingMs >= minMs)) return undefined;
	return format(messages.labels.failingFor, {age: age(since, now, messages)});
}
