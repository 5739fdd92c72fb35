// Pure edits of a topic list, shared by `lagebild topics` and the app's topic manager.

import type {TopicDefinition} from '../../model/topic.js';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function cleanTerms(terms: string[]): string[] {
	const seen = new Set<string>();
	const result: string[] = [];
	for (const term of terms.map((item) => item.trim()).filter(Boolean)) {
		if (seen.has(term.toLocaleLowerCase())) continue;
		seen.add(term.toLocaleLowerCase());
		result.push(term);
	}
	return result;
}

export function findTopic(topics: TopicDefinition[], name: string): TopicDefinition | undefined {
	return topics.find((topic) => sameName(topic.name, name));
}

/** Adds a topic; throws when the name is empty or taken, or the topic has no terms. */
export function addTopic(topics: TopicDefinition[], name: string, terms: string[], entities: string[] = []): TopicDefinition[] {
	const trimmed = name.trim();
	if (!trimmed) throw new Error('a topic needs a name');
	if (findTopic(topics, trimmed)) throw new Error(`there is already a topic "${trimmed}"`);
	const cleanedTerms = cleanTerms(terms);
	const cleanedEntities = cleanTerms(entities);
	if (cleanedTerms.length === 0 && cleanedEntities.length === 0) throw new Error(`topic "${trimmed}" needs at least one term`);
	const topic: TopicDefinition = cleanedEntities.length > 0 ? {name: trimmed, terms: cleanedTerms, entities: cleanedEntities} : {name: trimmed, terms: cleanedTerms};
	return [...topics, topic];
}

export function removeTopic(topics: TopicDefinition[], name: string): TopicDefinition[] {
	if (!findTopic(topics, name)) throw new Error(`no topic "${name.trim()}"`);
	return topics.filter((topic) => !sameName(topic.name, name));
}

export function renameTopic(topics: TopicDefinition[], oldName: string, newName: string): TopicDefinition[] {
	const trimmed = newName.trim();
	if (!trimmed) throw new Error('a topic needs a name');
	if (!findTopic(topics, oldName)) throw new Error(`no topic "${oldName.trim()}"`);
	if (!sameName(oldName, trimmed) && findTopic(topics, trimmed)) throw new Error(`there is already a topic "${trimmed}"`);
	return topics.map((topic) => (sameName(topic.name, oldName) ? {...topic, name: trimmed} : topic));
}

/** Replaces a topic's terms (and, when given, its entities). */
export function editTopicTerms(topics: TopicDefinition[], name: string, terms: string[], entities?: string[]): TopicDefinition[] {
	if (!findTopic(topics, name)) throw new Error(`no topic "${name.trim()}"`);
	return topics.map((topic) => {
		if (!sameName(topic.name, name)) return topic;
		const nextEntities = entities === undefined ? topic.entities ?? [] : cleanTerms(entities);
		const next: TopicDefinition = {name: topic.name, terms: cleanTerms(terms)};
		if (nextEntities.length > 0) next.entities = nextEntities;
		if (next.terms.length === 0 && nextEntities.length === 0) throw new Error(`topic "${topic.name}" needs at least one term`);
		return next;
	});
}
