// Short relative ages ("5m", "3h", "2d", "5mo", "4y") for list rows, and clock times for bylines and report lists.

import {format, type Messages} from '../../i18n/index.js';

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

/** "14:05" today, "25.11. 14:05" this year, else "28.07.2022" — compact, at most 12 cells, unambiguous in both languages. */
export function clock(iso: string, now: Date): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) {
		return '';
	}

	const pad = (n: number) => String(n).padStart(2, '0');
	const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
	if (date.toDateString() === now.toDateString()) {
		return time;
	}

	const day = `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.`;
	return date.getFullYear() === now.getFullYear() ? `${day} ${time}` : `${day}${date.getFullYear()}`;
}
