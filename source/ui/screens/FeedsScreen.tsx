// The feed manager: every feed with title, status, last fetch and unread/stored articles; details of the selected one below.

import {Box} from 'ink';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import {errorInLanguage} from '../../i18n/error-texts.js';
import {failingShownMs, failingText, format, type Messages} from '../../i18n/index.js';
import type {FeedRow, ReadCounts} from '../../services/app-services.js';
import {initialFeedView, shownFeeds, type FeedView} from '../state/feed-view.js';
import type {Layout} from '../state/layout.js';
import {feedTitle} from '../state/selectors.js';
import type {ListPosition} from '../state/types.js';
import {clock} from '../text/age.js';
import {cellWidth, fit, fitRight, graphemes, truncate} from '../text/fit.js';
import type {Line} from '../text/line.js';
import type {Token} from '../theme.js';
import {sanitizeLine} from '../../terminal/sanitize.js';

interface FeedsScreenProperties {
	/** Every feed, in config order: the screen lists them in the view's order and filter. */
	readonly feeds: FeedRow[] | null;
	readonly view?: FeedView;
	readonly position: ListPosition;
	readonly layout: Layout;
	/** URLs of the feeds a running refresh has not finished: their status says so instead of the last one's. */
	readonly pending?: ReadonlySet<string>;
	/** Stored and unread articles by feed URL (null until read): the unread/stored column, newsboat's "(3/50)". */
	readonly counts?: ReadCounts['feeds'] | null;
}

/** A feed's "unread/stored" cell, quiet when nothing is unread; empty until the counts are read. */
function countCell(url: string, counts: ReadCounts['feeds'] | null): {text: string; token: Token} {
	if (!counts) return {text: '', token: 'text.dim'};
	const {stored, unread} = counts.get(url) ?? {stored: 0, unread: 0};
	return {text: `${unread}/${stored}`, token: unread > 0 ? 'unread' : 'text.dim'};
}

function statusOf(feed: FeedRow, messages: Messages, pending: ReadonlySet<string>): {text: string; token: Token} {
	if (pending.has(feed.config.url)) {
		return {text: messages.labels.statusFetching, token: 'text.dim'};
	}

	switch (feed.state?.status) {
		case 'ok': {
			return {text: messages.labels.statusOk, token: 'status.ok'};
		}

		case 'not-modified': {
			return {text: messages.labels.statusNotModified, token: 'status.ok'};
		}

		case 'error': {
			return {text: `${messages.labels.statusError}: ${sanitizeLine(errorInLanguage(feed.state.errorText ?? feed.state.error, messages))}`, token: 'status.error'};
		}

		default: {
			return {text: messages.labels.statusNew, token: 'text.dim'};
		}
	}
}

/** Host and path of a feed's address ("127.0.0.1:8777/goes-away.rss"), for telling feeds of one title apart. */
function addressTail(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.search}`;
	} catch {
		return url;
	}
}

/** The end of `text` in at most `width` cells, "…" in front when cut: an address differs at its end. */
function keepEnd(text: string, width: number): string {
	const parts = graphemes(text);
	let used = cellWidth(text);
	let start = 0;
	while (used > width && start < parts.length) {
		used -= cellWidth(parts[start]!);
		start++;
		if (start === 1) {
			used += 1;
		}
	}

	return start === 0 ? text : `…${parts.slice(start).join('')}`;
}

/** A feed's title for its row; where several feeds share it, with the end of its address, which always shows. */
function rowTitle(feed: FeedRow, shared: ReadonlySet<string>, width: number): string {
	const title = sanitizeLine(feedTitle(feed));
	if (!shared.has(truncate(title, width))) {
		return fit(title, width);
	}

	const tail = ` · ${keepEnd(sanitizeLine(addressTail(feed.config.url)), Math.max(10, Math.floor(width * 0.4)))}`;
	return fit(`${truncate(title, Math.max(1, width - cellWidth(tail) - 1))}${tail}`, width);
}

/** Titles that look alike in a column of `width` ("Top stories - Google News · far…" twice): their rows add the address. */
function sharedTitles(feeds: readonly FeedRow[], width: number): Set<string> {
	const titles = feeds.map(feed => truncate(sanitizeLine(feedTitle(feed)), width));
	return new Set(titles.filter((title, index) => titles.indexOf(title) !== index));
}

/** The cells each feed's row title takes uncut: a shared title with its address, judged in a column of `cap`. */
function titleWidths(feeds: readonly FeedRow[], cap: number): number[] {
	const shared = sharedTitles(feeds, cap);
	return feeds.map(feed => {
		const title = sanitizeLine(feedTitle(feed));
		return cellWidth(title) + (shared.has(truncate(title, cap)) ? 3 + cellWidth(sanitizeLine(addressTail(feed.config.url))) : 0);
	});
}

/** Errors at a glance in a list of 60 or 200: how many fail, before scrolling through them. */
function failedCountOf(feeds: readonly FeedRow[]): number {
	return feeds.filter(feed => feed.config.enabled && feed.state?.status === 'error').length;
}

const nonePending: ReadonlySet<string> = new Set();

export function FeedsScreen({feeds: allFeeds, view = initialFeedView, position, layout, pending = nonePending, counts: readCounts = null}: FeedsScreenProperties) {
	const {messages, now} = useAppContext();
	const date = now();
	const feeds = allFeeds ? shownFeeds(allFeeds, view) : null;
	const width = layout.columns;
	// Below 64 columns the time of the last fetch moves to the detail rows: at 50 it left a title 10 cells.
	const narrow = width < 64;
	// Wider than its 6 cells only when a count needs it ("1400/1500"): the cells line up under the heading.
	const countWidth = 1 + (allFeeds ?? []).reduce((widest, feed) => Math.max(widest, cellWidth(countCell(feed.config.url, readCounts).text)), Math.max(narrow ? 4 : 5, cellWidth(messages.labels.unreadColumn)));
	const fetchedText = (feed: FeedRow) => (feed.state?.lastFetch ? clock(feed.state.lastFetch, date) : messages.labels.never);
	// The title column is as wide as the longest title up to what it had beside a quarter of the width for the status;
	// the status takes the rest (walk 11 #230: titles of 15–30 cells in a 60-cell column beside a cut error), and the
	// cells a last fetch of today ("12:36") leaves in a column made for "27.11. 12:36".
	const titleCap = Math.max(8, width - 6 - Math.max(10, Math.floor(width * 0.25)) - (narrow ? 0 : 13) - countWidth - 3);
	const fetchWidth = narrow ? 0 : Math.min(13, 1 + (allFeeds ?? []).reduce((widest, feed) => Math.max(widest, cellWidth(fetchedText(feed))), cellWidth(messages.labels.fetchedColumn)));
	const failedCount = failedCountOf(allFeeds ?? []);
	// Wide enough for the heading's counts ("Feeds (26, 3 failing)") whatever the filter shows.
	const unfiltered = allFeeds ? format(failedCount > 0 ? messages.labels.feedColumnFailing : messages.labels.feedColumnCount, {n: allFeeds.length, failed: failedCount}) : '';
	const titleWidth = Math.min(titleCap, titleWidths(allFeeds ?? [], titleCap).reduce((widest, cells) => Math.max(widest, cells), Math.max(8, cellWidth(unfiltered))));
	const statusWidth = Math.max(10, width - 6 - titleWidth - fetchWidth - countWidth - 3);
	const shared = sharedTitles(feeds ?? [], titleWidth);
	const row = (feed: FeedRow): Line => {
		const status = statusOf(feed, messages, pending);
		return [
			{text: feed.config.enabled ? ' [x] ' : ' [ ] ', token: feed.config.enabled ? 'status.ok' : 'text.dim'},
			{text: rowTitle(feed, shared, titleWidth), token: feed.config.enabled ? 'text.primary' : 'text.dim'},
			{text: ' '},
			{text: fit(status.text, statusWidth), token: status.token},
			{text: ' '},
			...(narrow ? [] : [{text: fit(fetchedText(feed), fetchWidth), token: 'text.secondary' as const}]),
			{text: fitRight(countCell(feed.config.url, readCounts).text, countWidth), token: countCell(feed.config.url, readCounts).token},
		];
	};

	const selected = feeds?.[position.cursor];
	const failingSince = selected?.state?.status === 'error' ? selected.state.failingSince : undefined;
	// A feed that just failed has nothing to add to its error; one failing for a while says since when.
	const failingFor = failingText(failingSince, date, messages, failingShownMs);
	const failing = failingFor ? ` · ${failingFor}` : '';
	const selectedCount = selected && readCounts ? (readCounts.get(selected.config.url) ?? {stored: 0, unread: 0}) : undefined;
	// The column's numbers in words below, for whoever does not read "3/50" as newsboat does.
	const selectedCounts = selectedCount ? ` · ${format(messages.labels.feedCounts, selectedCount)}` : '';
	const detail: Line[] = selected
		? [
			[{text: ` ${sanitizeLine(selected.config.url)}`, token: 'accent'}, {text: selected.config.tags.length > 0 ? `  #${selected.config.tags.map(tag => sanitizeLine(tag)).join(' #')}` : '', token: 'text.secondary'}],
			[{text: ` ${statusOf(selected, messages, pending).text}`, token: statusOf(selected, messages, pending).token}, {text: `${failing}${narrow ? ` · ${messages.labels.fetchedColumn} ${fetchedText(selected)}` : ''}${selectedCounts}`, token: 'text.secondary'}],
		]
		: [[], []];
	const counts = !allFeeds || !feeds
		? messages.labels.feedColumn
		: (view.filter === ''
			? format(failedCount > 0 ? messages.labels.feedColumnFailing : messages.labels.feedColumnCount, {n: allFeeds.length, failed: failedCount})
			: format(messages.labels.feedColumnFiltered, {shown: feeds.length, n: allFeeds.length}));
	// The order shows where the rows are: a list sorted by title looks like one in the order added otherwise.
	const ordered = (labels: Record<FeedView['order'], string>, text = counts) => (view.order === 'added' || !feeds ? text : `${text} · ${labels[view.order]}`);
	// The longest that fits: the order in words, in a sign, then without the failing count (German at 80 columns).
	const headings = [ordered(messages.labels.feedOrders), ordered(messages.labels.feedOrdersShort)];
	if (allFeeds && view.filter === '') {
		headings.push(ordered(messages.labels.feedOrdersShort, format(messages.labels.feedColumnCount, {n: allFeeds.length})));
	}

	const feedHeading = headings.find(heading => cellWidth(heading) <= titleWidth) ?? headings.at(-1)!;
	const filterShown = view.filtering || view.filter !== '';
	const filterLine: Line = [
		{text: ` ${messages.labels.feedFilterPrompt}`, token: 'accent'},
		{text: sanitizeLine(view.filter)},
		{text: view.filtering ? '▏' : '', token: 'accent'},
		{text: view.filtering ? `   ${messages.labels.feedFilterHint}` : '', token: 'text.dim'},
	];
	const header: Line = [
		{text: fit(`     ${feedHeading}`, titleWidth + 5), token: 'heading'},
		{text: ' '},
		{text: fit(messages.labels.statusColumn, statusWidth), token: 'heading'},
		{text: ' '},
		...(narrow ? [] : [{text: fit(messages.labels.fetchedColumn, fetchWidth), token: 'heading' as const}]),
		{text: fitRight(messages.labels.unreadColumn, countWidth), token: 'heading'},
	];
	return (
		<Box flexDirection="column" height={layout.body}>
			<LineView line={header} width={width}/>
			<ListView
				items={feeds ?? []}
				cursor={position.cursor}
				offset={position.offset}
				height={layout.feedsList}
				width={width}
				renderRow={row}
				keyOf={feed => feed.config.url}
				empty={[{text: ` ${!feeds ? messages.labels.loading : (allFeeds && allFeeds.length > 0 ? messages.labels.feedFilterEmpty : messages.labels.feedsEmpty)}`, token: 'text.dim'}]}
				focused={!view.filtering}
			/>
			{/* The filter takes the rule's row: the list keeps its height while typing. */}
			<LineView line={filterShown ? filterLine : [{text: '─'.repeat(width), token: 'text.dim'}]} width={width}/>
			{detail.map((line, index) => <LineView key={index} line={line} width={width}/>)}
		</Box>
	);
}
