// Everyone quoted in the current briefing with role, number of stories and quotes; bodies and states marked, after the people.

import {Box} from 'ink';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import {count} from '../i18n/index.js';
import type {Layout} from '../state/layout.js';
import type {PersonSummary} from '../state/selectors.js';
import type {ListPosition} from '../state/types.js';
import {cellWidth, fit, truncate} from '../text/fit.js';
import {roleSuffix} from '../text/role-suffix.js';
import {sanitizeLine} from '../text/sanitize.js';

interface PeopleScreenProperties {
	readonly people: PersonSummary[];
	readonly position: ListPosition;
	readonly layout: Layout;
}

export function PeopleScreen({people, position, layout}: PeopleScreenProperties) {
	const {messages} = useAppContext();
	return (
		<Box flexDirection="column" height={layout.body}>
			<LineView line={[{text: ` ${messages.screens.people} (${people.length})`, token: 'heading'}]} width={layout.columns}/>
			<ListView
				items={people}
				cursor={position.cursor}
				offset={position.offset}
				height={layout.list}
				width={layout.columns}
				renderRow={person => {
					const counts = ` ${count(person.stories, messages.labels.story_1, messages.labels.stories_n)} · ${count(person.quotes, messages.labels.quote_1, messages.labels.quotes_n)} `;
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
				empty={[{text: ` ${messages.labels.peopleEmpty}`, token: 'text.dim'}]}
			/>
		</Box>
	);
}
