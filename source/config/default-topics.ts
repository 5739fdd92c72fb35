// The bundled default topic set (feeds/topics.json), read at the edge and handed to analysis, with its validation.

import {readFileSync} from 'node:fs';
import type {TopicDefinition} from '../model/topic.js';

/** Checks and cleans a parsed topics file; throws with a readable reason when it is not a topic list. */
export function parseTopics(value: unknown): TopicDefinition[] {
	if (!Array.isArray(value)) throw new Error('topics must be a list');
	return value.map((entry, index) => {
		if (typeof entry !== 'object' || entry === null) throw new Error(`topic ${index + 1} is not an object`);
		const record = entry as Record<string, unknown>;
		const name = typeof record.name === 'string' ? record.name.trim() : '';
		if (!name) throw new Error(`topic ${index + 1} has no name`);
		const strings = (list: unknown) =>
			Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim()) : [];
		const entities = strings(record.entities);
		return entities.length > 0 ? {name, terms: strings(record.terms), entities} : {name, terms: strings(record.terms)};
	});
}

let cached: TopicDefinition[] | undefined;

/** The default topics shipped in feeds/topics.json (read once; each call a copy). */
export function defaultTopics(): TopicDefinition[] {
	cached ??= parseTopics(JSON.parse(readFileSync(new URL('../../feeds/topics.json', import.meta.url), 'utf8')));
	return cached.map((topic) => ({...topic, terms: [...topic.terms], ...(topic.entities ? {entities: [...topic.entities]} : {})}));
}

/** The topics in force: the user's once they have edited any (stored in config), else the defaults. */
export function effectiveTopics(configured: TopicDefinition[] | undefined): TopicDefinition[] {
	return configured && configured.length > 0 ? configured : defaultTopics();
}
