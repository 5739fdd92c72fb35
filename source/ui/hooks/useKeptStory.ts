// The story view kept mounted between visits: which story it shows, where its cursor is and whether it is on screen.

import {useRef} from 'react';
import type {Story} from '../../model/briefing.js';
import {listPosition} from '../state/reducer.js';
import {listKey} from '../state/list-keys.js';
import {currentScreen, storyOfScreen} from '../state/selectors.js';
import type {UiState} from '../state/types.js';

export interface KeptStory {
	readonly story: Story;
	readonly cursor: number;
	readonly visible: boolean;
	/** Counts the times the view came on screen: each arrival lays the window out afresh, as a newly mounted one did. */
	readonly visit: number;
}

/*
 * Opening a story used to mount ~40 row components (fibers, Ink nodes, layout nodes) and going back unmounted them.
 * Kept mounted and hidden, the next story only updates the rows' text. While hidden the same object is returned,
 * so the view does not re-render for keys that do not concern it.
 */
export function useKeptStory(state: UiState): KeptStory | undefined {
	const kept = useRef<KeptStory | undefined>(undefined);
	const screen = currentScreen(state);
	const story = screen.kind === 'story' && state.overlay?.kind !== 'help' ? storyOfScreen(state, screen) : undefined;
	const previous = kept.current;
	if (story) {
		const cursor = listPosition(state, listKey.story(story.id)).cursor;
		const visit = previous?.visible ? previous.visit : (previous?.visit ?? 0) + 1;
		if (previous?.story !== story || previous.cursor !== cursor || previous.visit !== visit || !previous.visible) {
			kept.current = {story, cursor, visible: true, visit};
		}
	} else if (previous?.visible) {
		kept.current = {...previous, visible: false};
	}

	return kept.current;
}
