// The app state's shape: navigation stack, overlays, loaded data, list positions and refresh progress.

import type {Article} from '../../model/article.js';
import type {Briefing, Story} from '../../model/briefing.js';
import type {BriefingProgress} from '../../model/briefing-progress.js';
import type {RefreshProgress} from '../../model/refresh.js';
import type {TopicDefinition} from '../../model/topic.js';
import type {PeopleInWindow, PeopleWindowName} from '../../briefing/people-window.js';
import type {FeedArticle, FeedRow, ReadCounts, SearchHit, StarredArticle} from '../../services/app-services.js';
import type {FeedView} from './feed-view.js';
import type {ListKey} from './list-keys.js';

export type Screen =
	| {kind: 'briefing'}
	/** `snapshot` is the story as opened: shown if a refresh regroups it under another id. */
	| {kind: 'story'; storyId: string; snapshot?: Story}
	| {kind: 'reader'; uid: string; quote?: string}
	| {kind: 'feeds'}
	/** One feed's stored articles. */
	| {kind: 'feed'; url: string}
	| {kind: 'topics'}
	| {kind: 'people'}
	| {kind: 'person'; name: string}
	| {kind: 'search'};

export type PromptPurpose =
	| 'addFeed'
	| 'editTitle'
	| 'editTags'
	| 'import'
	| 'export'
	| 'topicAdd'
	| 'topicRename'
	| 'topicTerms'
	| 'openLink';

export type Overlay =
	| {kind: 'help'}
	/** `selected`: the value is a suggestion shown selected (the export's path): the first typed key replaces it. */
	| {kind: 'prompt'; purpose: PromptPurpose; value: string; error?: string; target?: string; selected?: boolean}
	/** `count`: how many the question is about (markFeedRead's unread articles). */
	| {kind: 'confirm'; purpose: 'deleteFeed' | 'deleteTopic' | 'markTopicRead' | 'markFeedRead' | 'dropDefaults'; target: string; name: string; count?: number};

export interface ListPosition {
	cursor: number;
	offset: number;
}

export interface RefreshState {
	running: boolean;
	progress: RefreshProgress | null;
	lastAt: string | null;
	/** Feeds that failed in the last refresh, this run's or (at start) the one the store remembers. */
	failedFeeds: number;
	/** While running: the one feed refreshed (r in the feed manager), undefined for all. */
	target?: string;
	/** While running: the feeds done so far, by URL. */
	done?: string[];
	/** A refresh of this run has ended, fetched or not: the start's refresh is no longer ahead. */
	ended?: boolean;
	/** The store's last refresh when it arrived while one ran (refreshKnown): what a refresh that fetched nothing leaves standing. */
	known?: {at: string; failed: number};
}

export interface Message {
	text: string;
	level: 'info' | 'error';
}

export interface SearchState {
	query: string;
	editing: boolean;
	/**
	 * The previous query is selected (a new search started from it): the first typed key replaces it, an arrow or
	 * Ctrl+E keeps it for refining — as a browser's address bar or a shell's history does.
	 */
	selected: boolean;
	results: SearchHit[] | null;
}

/** The People screen's window: the briefing's (its stories), or 7 days / everything stored, gathered on request. */
export interface PeopleWindowState {
	window: PeopleWindowName;
	/** The gathered people of a wider window; null while it is read (and for the briefing's window). */
	data: PeopleInWindow | null;
	/** How far the reading has got, when it takes a while. */
	progress: {done: number; total: number} | null;
}

export interface UiState {
	stack: Screen[];
	overlay: Overlay | null;
	columns: number;
	rows: number;
	briefing: Briefing | null;
	starred: StarredArticle[];
	unreadOnly: boolean;
	/** The briefing is the bundled snapshots' (no feed in use has answered yet): the header says so (state/sample-news.ts). */
	sampleNews: boolean;
	/** The reports of the story on screen that arrived since the reader last saw it (services.storyNews), marked + there. */
	storyNews: {storyId: string; uids: readonly string[]} | null;
	/**
	 * Topic names in the order the list keeps while only read marks or the unread filter changed (a briefing
	 * ranks topics by their unread stories, so the list would move under the cursor); null: the briefing's order.
	 */
	topicOrder: string[] | null;
	/**
	 * The topics that are some story's first topic in the last briefing of all stories. With unread only, a topic
	 * whose own stories are all read must not come back listing stories that rank under another topic first.
	 */
	primaryTopics: readonly string[];
	pane: 'topics' | 'stories';
	selectedTopic: string | null;
	/** Topic name → selected story id: selection follows the story, not its index. */
	selectedStory: Record<string, string>;
	lists: Partial<Record<ListKey, ListPosition>>;
	articles: Record<string, Article | null>;
	feeds: FeedRow[] | null;
	/** Stored and unread articles per feed (the feed manager) and in all (the status row); null until read. */
	readCounts: ReadCounts | null;
	/** The feed manager's order and find-as-you-type filter. */
	feedView: FeedView;
	/** The articles of the feed whose list is open (null until loaded). */
	feedArticles: {url: string; items: FeedArticle[]} | null;
	topics: TopicDefinition[] | null;
	search: SearchState;
	refresh: RefreshState;
	/** How far the briefing computation under way has got, when it takes a while; null once its briefing is loaded. */
	briefingProgress: BriefingProgress | null;
	message: Message | null;
	/** Absent: the briefing's window. */
	peopleWindow?: PeopleWindowState;
}
