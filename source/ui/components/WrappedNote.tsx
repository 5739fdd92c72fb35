// A dim note wrapped at its pane's width (not cut at the edge): the empty briefing's explanation, the search hint.

import {Box} from 'ink';
import {wrap} from '../text/fit.js';
import {LineView} from './LineView.js';

interface WrappedNoteProperties {
	readonly text: string;
	readonly width: number;
	/** Rows past this are left out. */
	readonly height: number;
}

export function WrappedNote({text, width, height}: WrappedNoteProperties) {
	const rows = wrap(text, Math.max(1, width - 2)).slice(0, height);
	return (
		<Box flexDirection="column" height={height} width={width} overflowY="hidden">
			{rows.map((row, index) => <LineView key={index} line={[{text: ` ${row.text}`, token: 'text.dim'}]} width={width}/>)}
		</Box>
	);
}
