// Everyone quoted in the current briefing (or a wider window: 7 days, everything stored) with role, number of stories
// (reports) and quotes; bodies and states marked, after the people.

import {Box} from 'ink';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import {groupDigits} from '../../i18n/briefing-progress.js';
import {count, format} from '../../i18n/index.js';
import {peopleWindowSpan} from '../text/people-window-span.js';
import type {Layout} from '../state/layout.js';
import type {PersonSummary} from '../../briefing/people.js';
import type {ListPosition, PeopleWindowState} from '../state/types.js';
import {cellWidth, fit, truncate} from '../text/fit.js';
import {roleSuffix} from '../text/role-suffix.js';
import {sanitizeLine} from '../../terminal/sanitize.js';
import type {BriefingProgress} from '../../model/briefing-progress.js';

interface PeopleScreenProperties {
	readonly people: PersonSummary[];
	readonly position: ListPosition;
	readonly layout: Layout;
	/** Absent: the briefing's window. */
	readonly window?: PeopleWindowState | undefined;
	readonly briefingHours?: number;
	/** The briefing's window (from, to): widened past briefingHours, the heading says since when. */
	readonly briefingWindow?: {from: string; to: string};
	/** The briefing's computation (UiState.briefingProgress): while it reads quotes, its people are still coming. */
	readonly briefingProgress?: BriefingProgress | null;
}

export function PeopleScreen({people, position, layout, window, briefingHours = 48, briefingWindow, briefingProgress = null}: PeopleScreenProperties) {
	const {messages, now} = useAppContext();
	const name = window?.window ?? 'briefing';
	const wider = name !== 'briefing';
	const loading = wider && !window?.data;
	const span = peopleWindowSpan(window, briefingHours, messages, now(), briefingWindow);
	const group = messages.briefingProgress.digitGroup;
	// The briefing's own quotes may still be read after its first frame (Story.analysing): its people are not all known.
	const quoteProgress = wider ? window?.progress : briefingProgress?.phase === 'quotes' ? briefingProgress : null;
	const reading = quoteProgress ? ` · ${format(messages.labels.peopleWindowReading, {done: groupDigits(quoteProgress.done, group), total: groupDigits(quoteProgress.total, group)})}` : '';
	const heading = loading ? ` ${messages.screens.people} · ${span}${reading || ` · ${messages.labels.loading}`}` : ` ${messages.screens.people} (${people.length}) · ${span}${reading}`;
	const empty = loading ? '' : wider ? messages.labels.peopleWindowEmpty : quoteProgress ? messages.labels.peopleQuotesPending : messages.labels.peopleEmpty;
	return (
		<Box flexDirection="column" height={layout.body}>
			<LineView line={[{text: heading, token: 'heading'}]} width={layout.columns}/>
			<ListView
				items={people}
				cursor={position.cursor}
				offset={position.offset}
				height={layout.list}
				width={layout.columns}
				renderRow={person => {
					const places = wider ? count(person.stories, messages.labels.report_1, messages.labels.reports_n) : count(person.stories, messages.labels.story_1, messages.labels.stories_n);
					const quotes = count(person.quotes, messages.labels.quote_1, messages.labels.quotes_n);
					// Below 60 columns the quotes alone: "3 Geschichten · 9 Zitate" left names 13 cells ("Suzann Petter…").
					const counts = layout.columns < 60 ? ` ${quotes} ` : ` ${places} · ${quotes} `;
					const nameWidth = Math.max(8, layout.columns - cellWidth(counts));
					const role = roleSuffix(person.name, person.role);
					if (person.organisation) {
						// A body or state: marked, and not in the people's colour, so "who said what" reads people as people.
						const mark = ` · ${messages.labels.organisation}`;
						const nameText = truncate(` ${sanitizeLine(person.name)}${role}`, Math.max(1, nameWidth - cellWidth(mark)));
						return [
							{text: nameText, token: 'text.primary'},
							{text: fit(mark, nameWidth - cellWidth(nameText)), token: 'text.dim'},
							{text: counts, token: 'text.secondary'},
						];
					}

					return [
						{text: fit(` ${sanitizeLine(person.name)}${role}`, nameWidth), token: 'unread'},
						{text: counts, token: 'text.secondary'},
					];
				}}
				keyOf={person => person.name}
				empty={[{text: empty === '' ? '' : ` ${empty}`, token: 'text.dim'}]}
			/>
		</Box>
	);
}
