// The rule between two panes: one text of `height` rows rather than a row component per line.

import {Box, Text} from 'ink';
import {memo} from 'react';
import {useAppContext} from '../hooks/app-context.js';

export const PaneSeparator = memo(({height}: {readonly height: number}) => {
	const {theme} = useAppContext();
	return (
		<Box flexDirection="column" width={1} height={height} flexShrink={0}>
			<Text {...theme['text.dim']}>{Array.from({length: height}, () => '│').join('\n')}</Text>
		</Box>
	);
});
