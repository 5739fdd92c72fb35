// The article reader: title, outlet, author, date and the clean text with the story's quotes highlighted.

import {Box} from 'ink';
import {useMemo} from 'react';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import type {Layout} from '../state/layout.js';
import type {ReaderDocument} from '../state/reader-lines.js';
import {DocumentView} from '../components/DocumentView.js';
import type {Line} from '../text/line.js';

interface ReaderScreenProperties {
	readonly document: ReaderDocument | null | undefined;
	readonly offset: number;
	readonly layout: Layout;
	/** The quote the reader was opened at (Enter on a quote): marked beside its rows, apart from the article's other quotes. */
	readonly quote?: string | undefined;
}

export function ReaderScreen({document, offset, layout, quote}: ReaderScreenProperties) {
	const {messages} = useAppContext();
	const lines = useMemo(() => {
		// Every key quote of the article is highlighted alike: in a long article with many, the one chosen was known only
		// by standing on the top row (walk 12 #236). A bar in the margin beside its rows tells it.
		const first = quote === undefined ? undefined : document?.quoteRows.get(quote);
		const last = quote === undefined ? undefined : document?.quoteEndRows.get(quote);
		const chosen = (row: number) => first !== undefined && row >= first && row <= (last ?? first);
		return document?.lines.map((line, row): Line => [chosen(row) ? {text: '│', token: 'accent'} : {text: ' '}, ...line]) ?? [];
	}, [document, quote]);
	if (!document) {
		const text = document === null ? messages.labels.noArticle : messages.labels.loading;
		return (
			<Box height={layout.body}>
				<LineView line={[{text: ` ${text}`, token: 'text.dim'}]} width={layout.columns}/>
			</Box>
		);
	}

	return (
		<DocumentView
			lines={lines}
			height={layout.body}
			width={layout.columns}
			offset={offset}
		/>
	);
}
