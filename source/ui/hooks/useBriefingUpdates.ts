// Briefings a computation delivers after the first (quotes read after a quick first briefing), and its quote progress.

import {useEffect, type Dispatch, type RefObject} from 'react';
import type {AppServices} from '../../services/app-services.js';
import {layoutFor} from '../state/layout.js';
import type {UiAction} from '../state/reducer.js';
import type {UiState} from '../state/types.js';

/**
 * Listens for the whole app's life: an update replaces the briefing as a refresh's does, the cursor staying on its
 * story and the topics in the order shown; the quote pass's progress shows in the status bar meanwhile (the other
 * phases are heard by the load that waits for them).
 */
export function useBriefingUpdates(services: AppServices, stateRef: RefObject<UiState>, dispatch: Dispatch<UiAction>): void {
	useEffect(() => {
		const stopUpdates = services.onBriefingUpdate(briefing => {
			const state = stateRef.current;
			dispatch({type: 'briefingLoaded', briefing, starred: state.starred, height: layoutFor(state.columns, state.rows).list, keepTopicOrder: true});
		});
		const stopProgress = services.onBriefingProgress(progress => {
			if (progress.phase === 'quotes') {
				dispatch({type: 'briefingProgress', progress});
			}
		});
		return () => {
			stopUpdates();
			stopProgress();
		};
	}, [services, stateRef, dispatch]);
}
