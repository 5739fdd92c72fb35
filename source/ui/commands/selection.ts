// What the cursor points at on the screen shown: the story, the story row, the article, the feed, the topic.

import type {Story} from '../../model/briefing.js';
import type {TopicDefinition} from '../../model/topic.js';
import type {FeedArticle, FeedRow} from '../../services/app-services.js';
import {shownFeeds} from '../state/feed-view.js';
import {listKey} from '../state/list-keys.js';
import {listPosition} from '../state/reducer.js';
import {currentScreen, findStory, quotesOf, selectedStoryIndex, selectedTopicEntry, storyOfScreen} from '../state/selectors.js';
import type {StoryTarget} from '../state/story-lines.js';
import {storyView} from '../state/story-view.js';
import type {UiState} from '../state/types.js';
import {quoteLink} from '../text/quote-link.js';
import type {CommandTools} from './command-context.js';

export interface Selection {
	/** The story open, or the one selected in the briefing's list. */
	selectedStory(): Story | undefined;
	/** The row selected on the story screen (a report, a quote), if a story is open. */
	storyTarget(): StoryTarget | undefined;
	/** The article the current selection points at: reader, selected report in a story, search hit, story's newest. */
	selectedArticle(): {uid: string; url: string} | undefined;
	/** The feeds as the manager lists them (its order and filter): the cursor is an index into these. */
	listedFeeds(current?: UiState): FeedRow[];
	selectedFeed(): FeedRow | undefined;
	selectedFeedArticle(): FeedArticle | undefined;
	selectedTopicDefinition(): TopicDefinition | undefined;
}

export function selection({state, layout, messages, now}: CommandTools): Selection {
	const selectedStory = (): Story | undefined => {
		const screen = currentScreen(state());
		if (screen.kind === 'story') {
			return storyOfScreen(state(), screen);
		}

		const entry = selectedTopicEntry(state());
		return entry?.stories[selectedStoryIndex(state(), entry)];
	};

	const storyTarget = (): StoryTarget | undefined => {
		const screen = currentScreen(state());
		if (screen.kind !== 'story') {
			return undefined;
		}

		const story = storyOfScreen(state(), screen);
		if (!story) {
			return undefined;
		}

		const {document} = storyView(story, layout().columns, messages, now());
		return document.items[Math.min(listPosition(state(), listKey.story(story.id)).cursor, document.items.length - 1)]?.target;
	};

	const listedFeeds = (current: UiState = state()) => shownFeeds(current.feeds ?? [], current.feedView);
	const selectedFeed = (): FeedRow | undefined => listedFeeds()[listPosition(state(), 'feeds').cursor];
	const selectedFeedArticle = () => {
		const current = state();
		const screen = currentScreen(current);
		return screen.kind === 'feed' && current.feedArticles?.url === screen.url
			? current.feedArticles.items[listPosition(current, listKey.feed(screen.url)).cursor]
			: undefined;
	};

	const selectedTopicDefinition = () => state().topics?.[listPosition(state(), 'topicsMgr').cursor];

	const selectedArticle = (): {uid: string; url: string} | undefined => {
		const current = state();
		const screen = currentScreen(current);
		switch (screen.kind) {
			case 'reader': {
				const article = current.articles[screen.uid];
				return {uid: screen.uid, url: article?.url ?? ''};
			}

			case 'story': {
				const target = storyTarget();
				// On a quote: the article at the quote, as Enter opens the reader there. A person is no article.
				if (!target || target.kind === 'person') {
					return undefined;
				}

				return {uid: target.uid, url: target.kind === 'quote' ? quoteLink(target.url, target.text) : target.url};
			}

			case 'search': {
				const hit = current.search.results?.[listPosition(current, 'search').cursor];
				return hit ? {uid: hit.article.id, url: hit.article.url} : undefined;
			}

			case 'feed': {
				const item = selectedFeedArticle();
				return item ? {uid: item.article.id, url: item.article.url} : undefined;
			}

			case 'briefing': {
				const story = selectedStory();
				const newest = story?.articles.at(-1);
				return newest ? {uid: newest.id, url: newest.url} : undefined;
			}

			case 'person': {
				// A person's quote: the article it was said in.
				const item = quotesOf(current, screen.name)[listPosition(current, listKey.person(screen.name)).cursor];
				const story = item ? findStory(current, item.storyId) : undefined;
				const article = story?.articles.find(candidate => candidate.id === item?.quote.articleId);
				return item ? {uid: item.quote.articleId, url: quoteLink(article?.url ?? item.url ?? '', item.quote.text)} : undefined;
			}

			default: {
				return undefined;
			}
		}
	};

	return {selectedStory, storyTarget, selectedArticle, listedFeeds, selectedFeed, selectedFeedArticle, selectedTopicDefinition};
}
