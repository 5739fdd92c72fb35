// One row of styled segments, cut and padded to exactly the given width.

import {Text} from 'ink';
import {memo} from 'react';
import {useAppContext} from '../hooks/app-context.js';
import {fitLine, type Line} from '../text/line.js';

interface LineViewProperties {
	readonly line: Line;
	readonly width: number;
	readonly selected?: boolean;
}

function LineViewImpl({line, width, selected}: LineViewProperties) {
	const {theme} = useAppContext();
	const fitted = fitLine(line, width);
	const selection = selected ? theme.selection : {};
	return (
		<Text wrap="truncate-end" {...selection}>
			{fitted.map((segment, index) => (
				// Segments of one row never reorder, so the index is a stable key.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} {...(segment.token ? theme[segment.token] : {})} {...selection}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
}

export const LineView = memo(LineViewImpl, (a, b) => a.width === b.width && a.selected === b.selected && a.line === b.line);
