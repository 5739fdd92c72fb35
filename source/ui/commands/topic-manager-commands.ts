// The topic manager: adding a topic with its terms, renaming, changing terms, deleting; each save regroups the briefing.

import {topicLabel} from '../../i18n/index.js';
import type {TopicDefinition} from '../../model/topic.js';
import type {CommandTools} from './command-context.js';
import {openPrompt, splitList, type PromptAnswer, type PromptHandlers} from './prompt-commands.js';
import type {ReloadCommands} from './reload-commands.js';
import type {Selection} from './selection.js';

export interface TopicManagerCommands {
	add(): void;
	rename(): void;
	editTerms(): void;
	/** Asks whether to delete the selected topic. */
	remove(): void;
	prompts: Pick<PromptHandlers, 'topicAdd' | 'topicRename' | 'topicTerms'>;
	/** The deletion answered yes. */
	removeConfirmed(name: string): void;
}

export function topicManagerCommands(
	tools: CommandTools,
	{reloadTopics, reloadBriefing}: Pick<ReloadCommands, 'reloadTopics' | 'reloadBriefing'>,
	{selectedTopicDefinition}: Pick<Selection, 'selectedTopicDefinition'>,
): TopicManagerCommands {
	const {services, dispatch, messages, state, layout, info, fail} = tools;

	/** Saves, says so (`saved`) once the topic list shows the change, then regroups the briefing, which takes seconds. */
	const saveTopics = async (topics: TopicDefinition[], saved: () => void) => {
		await services.saveTopics(topics);
		await reloadTopics();
		saved();
		await reloadBriefing();
	};

	const add = () => {
		openPrompt(dispatch, 'topicAdd');
	};

	const rename = () => {
		const topic = selectedTopicDefinition();
		if (topic) {
			openPrompt(dispatch, 'topicRename', topic.name, topic.name, true);
		}
	};

	const editTerms = () => {
		const topic = selectedTopicDefinition();
		if (topic) {
			openPrompt(dispatch, 'topicTerms', topic.terms.join(', '), topic.name);
		}
	};

	const remove = () => {
		const topic = selectedTopicDefinition();
		if (topic) {
			dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'deleteTopic', target: topic.name, name: topicLabel(topic.name, messages)}});
		}
	};

	const topicAdd = ({value, error}: PromptAnswer) => {
		const topics = state().topics ?? [];
		if (topics.some(topic => topic.name.toLowerCase() === value.toLowerCase())) {
			error(messages.errors.duplicateTopic);
			return;
		}

		// The terms prompt opens at once and the topic is saved with its terms: keys typed on after Enter must land in
		// the terms, not in a name prompt that waits for the config write and the regrouped briefing.
		openPrompt(dispatch, 'topicTerms', value, value);
	};

	const topicRename = ({value, target, error}: PromptAnswer) => {
		const topics = state().topics ?? [];
		const old = target ?? '';
		if (value !== old && topics.some(topic => topic.name.toLowerCase() === value.toLowerCase())) {
			error(messages.errors.duplicateTopic);
			return;
		}

		dispatch({type: 'closeOverlay'});
		saveTopics(topics.map(topic => (topic.name === old ? {...topic, name: value} : topic)), () => {
			info(messages.done.topicSaved);
		}).catch(fail);
	};

	const topicTerms = ({value, target, error}: PromptAnswer) => {
		const topics = state().topics ?? [];
		const terms = splitList(value);
		if (terms.length === 0) {
			error(messages.errors.emptyValue);
			return;
		}

		const isNew = !topics.some(topic => topic.name === target);
		const next = isNew
			? [...topics, {name: target ?? terms[0]!, terms}]
			: topics.map(topic => (topic.name === target ? {...topic, terms} : topic));
		// Closed before saving: regrouping the briefing takes seconds, and a second Enter must not save twice.
		dispatch({type: 'closeOverlay'});
		saveTopics(next, () => {
			if (isNew) {
				dispatch({type: 'move', list: 'topicsMgr', movement: {to: 'bottom'}, total: next.length, height: layout().list});
			}

			info(messages.done.topicSaved);
		}).catch(fail);
	};

	const removeConfirmed = (name: string) => {
		const topics = (state().topics ?? []).filter(topic => topic.name !== name);
		saveTopics(topics, () => {
			info(messages.done.topicDeleted);
			dispatch({type: 'move', list: 'topicsMgr', movement: {delta: 0}, total: topics.length, height: layout().list});
		}).catch(fail);
	};

	return {add, rename, editTerms, remove, prompts: {topicAdd, topicRename, topicTerms}, removeConfirmed};
}
