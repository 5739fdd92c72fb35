// The briefing position a session keeps for the next one: what to save on quit and what to restore at start.

import type {UiPosition} from '../../config/ui-position.js';
import type {UiState} from './types.js';

/** The last session's position and where to save this one's (the command keeps them in home; tests in memory). */
export interface PositionKeeper {
	readonly initial?: UiPosition;
	save(position: UiPosition): void;
}

/** The selected topic and story of the briefing, or undefined before a briefing is shown. */
export function positionOf(state: UiState): UiPosition | undefined {
	const topic = state.selectedTopic;
	if (!state.briefing || topic === null) return undefined;
	const story = state.selectedStory[topic];
	const {order} = state.feedView;
	return {
		topic, ...(story === undefined ? {} : {story}), pane: state.pane, ...(order === 'added' ? {} : {feedOrder: order}),
		...(state.unreadOnly ? {unreadOnly: true as const} : {}),
	};
}

/** The selection as topic and story, to tell whether the reader moved since a restore. */
export function selectionOf(state: UiState): string {
	const topic = state.selectedTopic;
	return topic === null ? '' : `${topic}\u0001${state.selectedStory[topic] ?? ''}`;
}
