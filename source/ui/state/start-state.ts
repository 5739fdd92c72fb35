// The app's state at its first render: with the stored briefing read before it, the first frame is the briefing.

import type {UiPosition} from '../../config/ui-position.js';
import type {Briefing} from '../../model/briefing.js';
import type {ReadCounts, StarredArticle} from '../../services/app-services.js';
import {layoutFor} from './layout.js';
import {initialState, reducer} from './reducer.js';
import type {UiState} from './types.js';

/** The stored briefing (services.cachedBriefing) and the starred list, read before the app's first render. */
export interface StartBriefing {
	briefing: Briefing;
	/** Nothing it depends on changed since it was computed: no computation follows. */
	fresh: boolean;
	starred: StarredArticle[];
	/** The unread totals the status row shows, so the first frame is not redrawn when they arrive. */
	readCounts?: ReadCounts;
}

/**
 * The first state: empty, or the start briefing loaded and the last session's position restored, as
 * loadInitialBriefing does after an empty first frame when nothing was read before the render.
 */
export function startState(columns: number, rows: number, start?: StartBriefing, position?: UiPosition): UiState {
	// A reader who keeps to unread stories (u) does so from the first frame: the start briefing was read so (start.tsx).
	const empty = {...initialState(columns, rows), unreadOnly: position?.unreadOnly === true};
	if (!start) return empty;
	const height = layoutFor(columns, rows).list;
	const briefed = reducer(empty, {type: 'briefingLoaded', briefing: start.briefing, starred: start.starred, height});
	const loaded = start.readCounts ? reducer(briefed, {type: 'readCountsLoaded', counts: start.readCounts}) : briefed;
	return position ? reducer(loaded, {type: 'restorePosition', position, height}) : loaded;
}
