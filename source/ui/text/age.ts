// Short relative ages ("5m", "3h", "2d") for list rows and the status bar.

import {format, type Messages} from '../i18n/index.js';

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

	return format(messages.age.days, {n: Math.floor(hours / 24)});
}

/** "14:05" today, else "25.11. 14:05" — compact and unambiguous in both languages. */
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

	return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}. ${time}`;
}
