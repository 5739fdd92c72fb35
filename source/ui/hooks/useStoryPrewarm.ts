// While the app is idle, works out the rows of the story Enter would open, so that opening it only draws them.

import {useEffect, useRef} from 'react';
import type {Story} from '../../model/briefing.js';
import {inkRowWarmer, type InkRowWarmer} from '../ink-row-warmer.js';
import {followSelection, type Layout} from '../state/layout.js';
import {listKey} from '../state/list-keys.js';
import {listPosition} from '../state/reducer.js';
import {currentScreen, selectedStoryIndex, selectedTopicEntry} from '../state/selectors.js';
import {storyView} from '../state/story-view.js';
import type {UiState} from '../state/types.js';
import {fittedRow, type FittedRow} from '../text/fitted-row.js';
import type {AppContextValue} from './app-context.js';

/*
 * An open draws a screenful of rows nothing has built yet: the story's rows (wrapping, cutting, measuring) and Ink's
 * styled cells for each. When the selection in the briefing changes, the selected story's first screenful is built
 * after the frame is out, a few rows per turn of the event loop, so a key that arrives meanwhile waits for at most
 * one slice; a newer selection cancels the rest. Ink's rows are only warmed when its caches are kept between frames
 * (otherwise nothing would find them).
 */
const rowsPerSlice = 8;

/*
 * Selections that change faster than this are a run (a held key, a quick series of presses): the stories passing by
 * are not worth ~4 ms of building each, so during a run the warming waits until the selection has rested this long.
 * A single step after a pause is warmed at once.
 */
const runGapMs = 60;

/** The story Enter opens on the briefing (undefined on other screens and under overlays). */
export function storyToPrewarm(state: UiState): Story | undefined {
	if (currentScreen(state).kind !== 'briefing' || state.overlay !== null) {
		return undefined;
	}

	const entry = selectedTopicEntry(state);
	return entry?.stories[selectedStoryIndex(state, entry)];
}

export function useStoryPrewarm(state: UiState, layout: Layout, context: AppContextValue, warmInk: boolean): void {
	const story = storyToPrewarm(state);
	const cursor = story ? listPosition(state, listKey.story(story.id)).cursor : 0;
	const {columns, body} = layout;
	const last = useRef<{story: Story | undefined; movedAt: number}>({story: undefined, movedAt: Number.NEGATIVE_INFINITY});
	useEffect(() => {
		// A move is the selection going from one story to another (not arriving back on the briefing, not a read mark).
		const previous = last.current.story;
		last.current.story = story;
		if (!story) {
			return;
		}

		const now = performance.now();
		const moved = previous !== undefined && previous.id !== story.id;
		const inRun = moved && now - last.current.movedAt < runGapMs;
		if (moved) {
			last.current.movedAt = now;
		}
		let cancelled = false;
		let pending: NodeJS.Immediate | undefined;
		let resting: NodeJS.Timeout | undefined;
		const later = (step: () => void) => {
			pending = setImmediate(() => {
				if (!cancelled) {
					step();
				}
			});
		};

		const warm = (warmer: InkRowWarmer | undefined) => {
			const {document, lines} = storyView(story, columns, context.messages, context.now());
			// The rows the story screen will show unselected, as DocumentView lays out a first visit.
			const index = Math.min(cursor, document.items.length - 1);
			const item = document.items[index];
			const selected = item ? {first: item.first, last: item.last} : undefined;
			const start = followSelection(0, selected, index === document.items.length - 1, body, lines.length);
			const rows: number[] = [];
			for (let row = start; row < Math.min(lines.length, start + body); row++) {
				if (!selected || row < selected.first || row > selected.last) {
					rows.push(row);
				}
			}

			const slice = (from: number) => {
				const fitted: FittedRow[] = rows.slice(from, from + rowsPerSlice).map(row => fittedRow(lines[row]!, columns));
				warmer?.(fitted, context.theme, columns);
				if (from + rowsPerSlice < rows.length) {
					later(() => {
						slice(from + rowsPerSlice);
					});
				}
			};

			later(() => {
				slice(0);
			});
		};

		// The story's rows are built in a turn of their own: at start-up the turn that begins here also finishes the
		// first briefing frame (its mark), which should not wait for them.
		const begin = () => {
			if (warmInk) {
				void inkRowWarmer().then(warmer => {
					if (!cancelled) {
						later(() => {
							warm(warmer);
						});
					}
				});
			} else {
				later(() => {
					warm(undefined);
				});
			}
		};

		if (inRun) {
			resting = setTimeout(begin, runGapMs);
		} else {
			later(begin);
		}

		return () => {
			cancelled = true;
			clearImmediate(pending);
			clearTimeout(resting);
		};
	}, [story, cursor, columns, body, context, warmInk]);
}
