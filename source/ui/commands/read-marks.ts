// Read, unread and seen marks: set in the list at once, written through the services, the story kept in step.

import type {Story} from '../../model/briefing.js';
import {count} from '../../i18n/index.js';
import {isStarredStory} from '../state/list-keys.js';
import {currentScreen, entryLabel, selectedTopicEntry, starredTopic, topicEntries} from '../state/selectors.js';
import type {CommandTools} from './command-context.js';
import type {ReloadCommands} from './reload-commands.js';
import type {Selection} from './selection.js';

export interface ReadMarks {
	/** A story opened: what in it is new since the last look asked (storyNews), then read, with all its reports. */
	storyOpened(story: Story): void;
	/** An article opened in the reader: read, and its story unread only while another report is. */
	articleOpened(uid: string): void;
	/** After one article was marked read or unread: its story in the briefing follows. */
	syncStoryOf(uid: string): Promise<void>;
	/** x: the selected story (list, story screen) or the selected article elsewhere flips between read and unread. */
	toggleRead(): void;
	/** Asks whether to mark the selected topic's unread stories read (nothing to ask when none is unread). */
	askMarkTopicRead(): void;
	/** The question answered yes. */
	markTopicRead(topic: string): void;
	/** Quitting: what this session showed is no longer new next time. */
	markShownSeen(): void;
}

export function readMarks(
	tools: CommandTools,
	{selectedStory, selectedArticle}: Pick<Selection, 'selectedStory' | 'selectedArticle'>,
	{reloadReadCounts}: Pick<ReloadCommands, 'reloadReadCounts'>,
): ReadMarks {
	const {services, dispatch, messages, state, info, fail} = tools;
	/** Marks articles through the services, then the unread counts (feed manager, status row) follow. */
	const markRead = async (uids: string[], read: boolean) => {
		await services.markRead(uids, read);
		await reloadReadCounts();
	};

	/*
	 * "N reports are new since you last looked" counts what was unread before this visit (the list's + rule, rank.ts
	 * isNewReport): the services are asked first and the reports marked read after the answer. Asked after the marks,
	 * every report was read and the line never showed; asked without them, a report read through search counted as new.
	 */
	const storyOpened = (story: Story) => {
		const uids = story.articles.map(article => article.id);
		if (story.unread) {
			dispatch({type: 'markStories', storyIds: [story.id], unread: false});
		}

		services.storyNews(story.id, uids).catch((): string[] => []).then(async news => {
			dispatch({type: 'storyNews', storyId: story.id, uids: news});
			if (story.unread) {
				await markRead(uids, true);
			}
		}).catch(fail);
	};

	/**
	 * A story is unread while any of its articles is, so the lists and counts say so before the next briefing is
	 * loaded (reader, search, a feed's list mark one article).
	 */
	const syncStoryOf = async (uid: string) => {
		const story = state().briefing?.topics.flatMap(topic => topic.stories).find(candidate => candidate.articles.some(article => article.id === uid));
		if (!story) {
			return;
		}

		const read = await Promise.all(story.articles.map(async article => services.isRead(article.id)));
		const unread = read.some(flag => !flag);
		if (unread !== story.unread) {
			dispatch({type: 'markStories', storyIds: [story.id], unread});
		}
	};

	const articleOpened = (uid: string) => {
		markRead([uid], true).then(async () => syncStoryOf(uid)).catch(fail);
	};

	const toggleRead = () => {
		const screen = currentScreen(state());
		if (screen.kind === 'briefing' || screen.kind === 'story') {
			const story = selectedStory();
			if (!story || isStarredStory(story.id)) {
				return;
			}

			const unread = !story.unread;
			dispatch({type: 'markStories', storyIds: [story.id], unread});
			info(unread ? messages.done.markedUnread : messages.done.markedRead);
			markRead(story.articles.map(article => article.id), !unread).catch(fail);
			return;
		}

		const article = selectedArticle();
		if (article) {
			void (async () => {
				try {
					const read = await services.isRead(article.uid);
					await markRead([article.uid], !read);
					dispatch({type: 'articlesRead', uids: [article.uid], read: !read});
					await syncStoryOf(article.uid);
					info(read ? messages.done.markedUnread : messages.done.markedRead);
				} catch (error) {
					fail(error);
				}
			})();
		}
	};

	const askMarkTopicRead = () => {
		const entry = selectedTopicEntry(state());
		if (!entry || entry.name === starredTopic) {
			return;
		}

		if (!entry.stories.some(story => story.unread)) {
			info(messages.done.nothingUnread);
			return;
		}

		dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'markTopicRead', target: entry.name, name: entryLabel(entry.name, messages)}});
	};

	const markTopicRead = (topic: string) => {
		const stories = topicEntries(state()).find(entry => entry.name === topic)?.stories.filter(story => story.unread) ?? [];
		dispatch({type: 'markStories', storyIds: stories.map(story => story.id), unread: false});
		info(count(stories.length, messages.done.markedTopicRead_1, messages.done.markedTopicRead_n));
		markRead(stories.flatMap(story => story.articles.map(article => article.id)), true).catch(fail);
	};

	const markShownSeen = () => {
		// newsboat drops its N flags on quit the same way. The store's write is synchronous, so it is done before the
		// app ends.
		const current = state();
		if (current.briefing) {
			const shown = topicEntries(current).filter(entry => entry.name !== starredTopic).flatMap(entry => entry.stories.map(story => story.id));
			services.markSeen([...new Set(shown)], current.briefing.generatedAt).catch(() => undefined);
		}
	};

	return {storyOpened, articleOpened, syncStoryOf, toggleRead, askMarkTopicRead, markTopicRead, markShownSeen};
}
