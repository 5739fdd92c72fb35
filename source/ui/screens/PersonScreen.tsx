// All quotes of one person across stories and outlets (over a wider window: newest first, dated); each opens its story.

import {Box} from 'ink';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import type {Layout} from '../state/layout.js';
import {personRows} from '../state/person-rows.js';
import type {PersonQuote} from '../../briefing/people.js';
import type {ListPosition, PeopleWindowState} from '../state/types.js';
import {peopleWindowSpan} from '../text/people-window-span.js';
import {sanitizeLine} from '../../terminal/sanitize.js';
import {outletName} from '../text/outlet-name.js';
import {clock} from '../text/age.js';
import {cellWidth, truncate, wrap} from '../text/fit.js';
import type {Line} from '../text/line.js';
import type {Messages} from '../../i18n/index.js';

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
	const quoteText = ({quote}: PersonQuote) => quote.kind === 'indirect' ? `┆ ${sanitizeLine(quote.text)}` : `${messages.labels.quoteMarks[0]}${sanitizeLine(quote.text)}${messages.labels.quoteMarks[1]}`;
	const quoteRow = (item: PersonQuote): Line => {
		const indirect = item.quote.kind === 'indirect';
		return [
			...(item.published ? [{text: ` ${clock(item.published, now())}`, token: 'text.dim' as const}] : []),
			{text: ` ${outletName(item.quote.outlet, layout.columns)}: `, token: 'accent'},
			{text: quoteText(item), token: indirect ? 'quote.indirect' : 'quote.direct'},
			{text: indirect ? ` (${messages.labels.indirect})` : '', token: 'quote.indirect'},
			{text: ` — ${sanitizeLine(item.headline)}`, token: 'text.secondary'},
		];
	};

	// A quote gets one row, cut at the edge: most are longer than a terminal is wide, and an editor could not read one
	// without opening its story. Under the list the selected quote stands whole, with where it was said (walk 12 #241),
	// in a band of rows a long list gives up for it (state/person-rows.ts).
	const selected = quotes[position.cursor];
	const rows = personRows(layout, quotes.length);
	const cut = selected !== undefined && cellWidth(quoteRow(selected).map(part => part.text).join('')) > layout.columns;
	const whole = cut && rows.band >= 3 ? wholeQuote(selected, quoteText(selected), layout.columns, messages, now(), rows.band) : [];
	return (
		<Box flexDirection="column" height={layout.body}>
			<LineView line={[{text: heading, token: 'heading'}]} width={layout.columns}/>
			<ListView
				items={quotes}
				cursor={position.cursor}
				offset={position.offset}
				height={rows.band > 0 ? rows.list : layout.list}
				width={layout.columns}
				renderRow={quoteRow}
				keyOf={(item, index) => `${item.storyId}:${index}`}
			/>
			{whole.length > 0 ? <LineView line={[]} width={layout.columns}/> : null}
			{whole.map((line, index) => <LineView key={index} line={line} width={layout.columns}/>)}
		</Box>
	);
}

/**
 * The quote wrapped whole, then its outlet, date and headline: what one copies to cite it. In fewer than `rows` rows the
 * quote gives way, never the citation, and its last row ends in "…" so that a cut sentence is not read as the whole.
 */
function wholeQuote(item: PersonQuote, text: string, columns: number, messages: Messages, now: Date, rows: number): Line[] {
	const width = Math.max(10, columns - 3);
	const token = item.quote.kind === 'indirect' ? 'quote.indirect' : 'quote.direct';
	const kind = item.quote.kind === 'direct' ? '' : ` (${item.quote.kind === 'indirect' ? messages.labels.indirect : messages.labels.partial})`;
	const source = [sanitizeLine(item.quote.outlet), ...(item.published ? [clock(item.published, now)] : []), sanitizeLine(item.headline)].join(' · ');
	// A citation longer than the rows (a long headline at a narrow width) is cut the same way: its last row kept ends in "…".
	const cited = wrap(`— ${source}${kind}`, width);
	const citeRows = Math.max(1, rows - 1);
	const citation = cited.length <= citeRows ? cited.map(row => row.text) : [...cited.slice(0, citeRows - 1).map(row => row.text), truncate(`${cited[citeRows - 1]!.text} …`, width)];
	const quoteRows = wrap(text, width).map(row => row.text);
	const room = Math.max(1, rows - citation.length);
	const shown = quoteRows.length <= room ? quoteRows : [...quoteRows.slice(0, room - 1), truncate(`${quoteRows[room - 1]!} …`, width)];
	return [
		...shown.map((row): Line => [{text: `  ${row}`, token}]),
		...citation.map((row): Line => [{text: `  ${row}`, token: 'text.secondary'}]),
	];
}
