// What arrived in the story on screen since the reader last saw it: the reports the story screen marks +.

import {useEffect, useMemo} from 'react';
import type {AppServices} from '../../services/app-services.js';
import type {UiAction} from '../state/reducer.js';
import type {UiState} from '../state/types.js';
import type {KeptStory} from './useKeptStory.js';

/**
 * Asks the services each time the kept story comes on screen or gains reports, and gives the story screen the
 * uids to mark (undefined when nothing is new in the story shown).
 */
export function useStoryNews(services: AppServices, keptStory: KeptStory | undefined, storyNews: UiState['storyNews'], dispatch: (action: UiAction) => void): ReadonlySet<string> | undefined {
	const shownStory = keptStory?.visible ? keptStory.story : undefined;
	useEffect(() => {
		if (!shownStory) return undefined;
		let current = true;
		services.storyNews(shownStory.id, shownStory.articles.map(article => article.id)).then(uids => {
			if (current) dispatch({type: 'storyNews', storyId: shownStory.id, uids});
		}, () => undefined);
		return () => {
			current = false;
		};
	}, [services, dispatch, shownStory?.id, shownStory?.articles, keptStory?.visit]);
	const news = useMemo(() => (storyNews && storyNews.uids.length > 0 ? {storyId: storyNews.storyId, uids: new Set(storyNews.uids)} : undefined), [storyNews]);
	return keptStory && news?.storyId === keptStory.story.id ? news.uids : undefined;
}
