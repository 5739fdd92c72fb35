// The People screens' name of their time ("last 7 days"; "7 days to 24.04.2026" when the newest news stored is older).

import {format, type Messages} from '../../i18n/index.js';
import type {PeopleWindowState} from '../state/types.js';
import {clock} from './age.js';

/** A day: a window ending within it still reads as "last 7 days". */
const dayMs = 24 * 3600 * 1000;

export function peopleWindowSpan(window: PeopleWindowState | undefined, briefingHours: number, messages: Messages, now: Date, briefingWindow?: {from: string; to: string}): string {
	const name = window?.window ?? 'briefing';
	// The briefing widens its window until it holds enough (an old cache, the bundled snapshots): "briefing, 48 h" over
	// stories years old was untrue; it says where the window starts then.
	if (name === 'briefing' && briefingWindow) {
		const span = Date.parse(briefingWindow.to) - Date.parse(briefingWindow.from);
		if (span > (briefingHours + 1) * 3_600_000) return format(messages.labels.peopleBriefingSince, {date: clock(briefingWindow.from, now)});
	}

	const to = window?.data?.to;
	// The week ends at the newest article stored (an old cache, the bundled snapshots): said, or it reads as this week.
	if (name === 'week' && to !== undefined && now.getTime() - Date.parse(to) > dayMs) {
		return format(messages.labels.peopleWeekTo, {date: clock(to, now)});
	}

	return format(messages.labels.peopleWindows[name], {hours: briefingHours});
}
