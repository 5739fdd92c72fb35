// One row of styled segments, cut and padded to exactly the given width.

import {Box, Text, Transform} from 'ink';
import {memo} from 'react';
import {useAppContext} from '../hooks/app-context.js';
import {asciiShape, type AsciiShape} from '../text/ascii-shape.js';
import {fittedRow} from '../text/fitted-row.js';
import {fitLine, type Line} from '../text/line.js';

interface LineViewProperties {
	readonly line: Line;
	readonly width: number;
	/** 'dim' marks the selection of a pane that does not have the focus. */
	readonly selected?: boolean | 'dim';
}

const unchanged = (rendered: string) => rendered;

function LineViewImpl({line, width, selected}: LineViewProperties) {
	const {theme} = useAppContext();
	// The selection is also marked by a character, so it shows where inverse video does not (dumb terminals, logs).
	const marker = selected === 'dim' ? '›' : '▸';
	const marked = selected && line[0]?.text.startsWith(' ') ? [{...line[0], text: `${marker}${line[0].text.slice(1)}`}, ...line.slice(1)] : line;
	// A selected row's padding carries the selection's style; any other row's is plain spaces, which Ink would
	// tokenise cell by cell only to trim them from the frame again (a third of a new screen's characters). Unselected
	// rows are kept per row object (fitted-row.ts), so rows worked out ahead of time are not cut and measured again.
	let fitted: Line;
	let shape: AsciiShape | undefined;
	if (selected) {
		fitted = fitLine(marked, width);
		shape = asciiShape(fitted);
	} else {
		({fitted, shape} = fittedRow(line, width));
	}

	const selection = selected === true ? theme.selection : selected === 'dim' ? theme.accent : {};
	// Ink measures the ASCII shape (string-width's fast path) and draws the real text (see ascii-shape.ts).
	const text = (
		<Text wrap="truncate-end" {...selection}>
			{(shape?.line ?? fitted).map((segment, index) => (
				// Segments of one row never reorder, so the index is a stable key.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} {...(segment.token ? theme[segment.token] : {})} {...selection}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
	// The fixed-height box keeps blank rows one row high; Ink would collapse a row of only spaces. The transform is there
	// for ASCII rows too, so a row whose text changes (a kept story screen showing the next story) keeps its nodes.
	return (
		<Box height={1} flexShrink={0}>
			<Transform transform={shape?.restore ?? unchanged}>{text}</Transform>
		</Box>
	);
}

/** Same segments, same styles: callers may build a new array per frame for a row that did not change. */
function sameLine(a: Line, b: Line): boolean {
	if (a === b) {
		return true;
	}

	if (a.length !== b.length) {
		return false;
	}

	return a.every((segment, index) => segment.text === b[index]!.text && segment.token === b[index]!.token);
}

// Only rows whose text or selection changed re-render: a keypress that moves the selection redraws two rows.
export const LineView = memo(LineViewImpl, (a, b) => a.width === b.width && a.selected === b.selected && sameLine(a.line, b.line));
