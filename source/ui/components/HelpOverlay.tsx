// Every key of the current screen and the global ones, read from the same keymap the input owner uses.

import {Box} from 'ink';
import {useAppContext} from '../hooks/app-context.js';
import type {ScreenKind} from '../keys/keymap.js';
import {helpLines} from '../state/help-lines.js';
import type {Line} from '../text/line.js';
import {ListView} from './ListView.js';

interface HelpOverlayProperties {
	readonly screen: ScreenKind;
	readonly width: number;
	readonly height: number;
	readonly offset: number;
}

export function HelpOverlay({screen, width, height, offset}: HelpOverlayProperties) {
	const {keymap, messages} = useAppContext();
	const lines = helpLines(screen, keymap, messages, width);
	// On a short terminal the last row says that the list goes on (and how to close it, which is at its end).
	const more = offset + height < lines.length;
	const shown = more ? [...lines.slice(0, offset + height - 1), [{text: ` ${messages.labels.helpMore}`, token: 'accent'}] satisfies Line] : lines;
	return (
		<Box height={height}>
			<ListView items={shown} cursor={offset} offset={offset} height={height} width={width} showCursor={false} renderRow={line => line} keyOf={(_, index) => String(index)}/>
		</Box>
	);
}
