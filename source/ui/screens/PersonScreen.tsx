// All quotes of one person across stories and outlets (over a wider window: newest first, dated); each opens its story.

import {Box} from 'ink';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import type {Layout} from '../state/layout.js';
import type {PersonQuote} from '../../briefing/people.js';
import type {ListPosition, PeopleWindowState} from '../state/types.js';
import {peopleWindowSpan} from '../text/people-window-span.js';
import {sanitizeLine} from '../../terminal/sanitize.js';
import {outletName} from '../text/outlet-name.js';
import {clock} from '../text/age.js';

interface PersonScreenProperties {
	readonly name: string;
	readonly quotes: PersonQuote[];
	readonly position: ListPosition;
	readonly layout: Layout;
	/** Absent: the briefing's window (the heading names a wider one, and says while it is read). */
	readonly window?: PeopleWindowState | undefined;
	readonly briefingHours?: number;
}

export function PersonScreen({name, quotes, position, layout, window, briefingHours = 48}: PersonScreenProperties) {
	const {messages, now} = useAppContext();
	const wider = window !== undefined && window.window !== 'briefing';
	const span = wider ? ` · ${peopleWindowSpan(window, briefingHours, messages, now())}` : '';
	const heading = wider && !window.data ? ` ${sanitizeLine(name)}${span} · ${messages.labels.loading}` : ` ${sanitizeLine(name)} (${quotes.length})${span}`;
	return (
		<Box flexDirection="column" height={layout.body}>
			<LineView line={[{text: heading, token: 'heading'}]} width={layout.columns}/>
			<ListView
				items={quotes}
				cursor={position.cursor}
				offset={position.offset}
				height={layout.list}
				width={layout.columns}
				renderRow={({quote, headline, published}) => {
					const indirect = quote.kind === 'indirect';
					return [
						...(published ? [{text: ` ${clock(published, now())}`, token: 'text.dim' as const}] : []),
						{text: ` ${outletName(quote.outlet, layout.columns)}: `, token: 'accent'},
						{text: indirect ? `┆ ${sanitizeLine(quote.text)}` : `${messages.labels.quoteMarks[0]}${sanitizeLine(quote.text)}${messages.labels.quoteMarks[1]}`, token: indirect ? 'quote.indirect' : 'quote.direct'},
						{text: indirect ? ` (${messages.labels.indirect})` : '', token: 'quote.indirect'},
						{text: ` — ${sanitizeLine(headline)}`, token: 'text.secondary'},
					];
				}}
				keyOf={(item, index) => `${item.storyId}:${index}`}
			/>
		</Box>
	);
}
