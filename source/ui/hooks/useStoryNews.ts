// What arrived in the story on screen since the reader last saw it: the reports the story screen marks +.

import {useEffect, useMemo, useRef} from 'react';
import type {AppServices} from '../../services/app-services.js';
import type {UiAction} from '../state/reducer.js';
import type {UiState} from '../state/types.js';
import type {KeptStory} from './useKeptStory.js';

/**
 * Gives the story screen the uids to mark (undefined when nothing is new in the story shown). Opening a story asks
 * (read-marks.ts storyOpened, before it marks the reports read); this asks only about reports the story gains while
 * on screen, which that visit has not read, and adds what is new among them.
 */
export function useStoryNews(services: AppServices, keptStory: KeptStory | undefined, storyNews: UiState['storyNews'], dispatch: (action: UiAction) => void): ReadonlySet<string> | undefined {
	const shownStory = keptStory?.visible ? keptStory.story : undefined;
	// The reports of the story on screen already asked about: the ones it was opened with, then each one it gained.
	const asked = useRef<{storyId: string; uids: Set<string>} | undefined>(undefined);
	const latest = useRef(storyNews);
	latest.current = storyNews;
	useEffect(() => {
		if (!shownStory) return undefined;
		const uids = shownStory.articles.map(article => article.id);
		if (asked.current?.storyId !== shownStory.id) {
			asked.current = {storyId: shownStory.id, uids: new Set(uids)};
			return undefined;
		}

		const known = asked.current.uids;
		const gained = uids.filter(uid => !known.has(uid));
		if (gained.length === 0) return undefined;
		for (const uid of gained) known.add(uid);
		const storyId = shownStory.id;
		services.storyNews(storyId, gained).then(news => {
			// Kept while another briefing of the same story comes in; dropped once another story is on screen.
			if (news.length === 0 || asked.current?.storyId !== storyId) return;
			const before = latest.current?.storyId === storyId ? latest.current.uids : [];
			dispatch({type: 'storyNews', storyId, uids: [...new Set([...before, ...news])]});
		}, () => undefined);
		return undefined;
	}, [services, dispatch, shownStory?.id, shownStory?.articles]);
	const news = useMemo(() => (storyNews && storyNews.uids.length > 0 ? {storyId: storyNews.storyId, uids: new Set(storyNews.uids)} : undefined), [storyNews]);
	return keptStory && news?.storyId === keptStory.story.id ? news.uids : undefined;
}
