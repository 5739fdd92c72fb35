// The article reader: title, outlet, author, date and the clean text with the story's quotes highlighted.

import {Box} from 'ink';
import {useMemo} from 'react';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import type {Layout} from '../state/layout.js';
import type {ReaderDocument} from '../state/reader-lines.js';
import {DocumentView} from '../components/DocumentView.js';

interface ReaderScreenProperties {
	readonly document: ReaderDocument | null | undefined;
	readonly offset: number;
	readonly layout: Layout;
}

export function ReaderScreen({document, offset, layout}: ReaderScreenProperties) {
	const {messages} = useAppContext();
	const lines = useMemo(() => document?.lines.map(line => [{text: ' '}, ...line]) ?? [], [document]);
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
