// Clock times for bylines and report lists; the relative ages of list rows ("3h", "2d") are i18n/age.ts's.

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
