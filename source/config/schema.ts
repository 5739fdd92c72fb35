// The shape of config.json: JSON schema for conf, the typed config, and defaults.

import type {FeedConfig, Settings} from '../model/feed.js';
import {defaultSettings} from '../model/feed.js';
import type {TopicDefinition} from '../model/topic.js';

export interface LagebildConfig {
	/** The configured feeds ([] when the file has none, see feedsConfigured). */
	feeds: FeedConfig[];
	/**
	 * Whether the file has a "feeds" key. Without one (a first run) the bundled default list is used; with one,
	 * the list is the user's, also when empty: a user who removed every feed does not get the defaults back.
	 */
	feedsConfigured: boolean;
	topics: TopicDefinition[];
	/** Always complete: defaults filled in for whatever the file leaves out. */
	settings: Settings;
	/** UI action → keys that trigger it, overriding the built-in bindings. */
	keymap: Record<string, string[]>;
}

/** One action's keys as the file may give them: a list, or one key as a plain string (`"down": "ctrl-n"`). */
export type KeymapEntry = string | string[];

/** What the file holds; settings may be partial, feeds absent until the user's list is first saved. */
export interface ConfigFileData {
	feeds?: FeedConfig[];
	topics: TopicDefinition[];
	settings: Partial<Settings>;
	keymap: Record<string, KeymapEntry>;
}

const stringArray = {type: 'array', items: {type: 'string'}} as const;

const settingsProperties: Record<keyof Settings, Record<string, unknown>> = {
	concurrency: {type: 'integer', minimum: 1, maximum: 64},
	timeoutSeconds: {type: 'number', exclusiveMinimum: 0, maximum: 600},
	maxBodyBytes: {type: 'integer', minimum: 1024},
	maxItemsPerFeed: {type: 'integer', minimum: 1},
	maxArticleChars: {type: 'integer', minimum: 100},
	retentionDays: {type: 'number', minimum: 0},
	autoRefreshMinutes: {type: 'number', minimum: 0},
	uiLanguage: {type: 'string', enum: ['auto', 'en', 'de']},
	storyWindowHours: {type: 'number', exclusiveMinimum: 0},
};

/** conf's `schema` option: the properties of the root object. */
export const configSchema = {
	// No default: conf would write "feeds": [] on the first run, and an empty list the user made would look the same.
	feeds: {
		type: 'array',
		items: {
			type: 'object',
			required: ['url'],
			properties: {
				url: {type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://'},
				title: {type: 'string', default: ''},
				tags: {...stringArray, default: []},
				enabled: {type: 'boolean', default: true},
				language: {type: 'string'},
			},
		},
	},
	topics: {
		type: 'array',
		default: [],
		items: {
			type: 'object',
			required: ['name', 'terms'],
			properties: {
				name: {type: 'string', minLength: 1},
				terms: stringArray,
				entities: stringArray,
			},
		},
	},
	settings: {
		type: 'object',
		default: {},
		properties: settingsProperties,
	},
	keymap: {
		type: 'object',
		default: {},
		// One key written as a plain string rejected the whole file, feeds and topics with it; it means a list of one.
		additionalProperties: {anyOf: [{type: 'string'}, stringArray]},
	},
} as const;

export function withDefaults(data: ConfigFileData): LagebildConfig {
	return {
		feeds: (data.feeds ?? []).map(feed => ({...feed, title: feed.title ?? '', tags: feed.tags ?? [], enabled: feed.enabled ?? true})),
		feedsConfigured: data.feeds !== undefined,
		topics: data.topics,
		settings: {...defaultSettings, ...data.settings},
		keymap: Object.fromEntries(Object.entries(data.keymap).map(([action, keys]) => [action, typeof keys === 'string' ? [keys] : keys])),
	};
}

type SchemaNode = Readonly<Record<string, unknown>>;

const understood = new Set(['type', 'default', 'properties', 'required', 'items', 'additionalProperties', 'minimum', 'maximum', 'exclusiveMinimum', 'minLength', 'pattern', 'enum', 'anyOf']);

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: unknown): boolean {
	switch (type) {
		case 'object': {
			return isObject(value);
		}

		case 'array': {
			return Array.isArray(value);
		}

		case 'integer': {
			return Number.isInteger(value);
		}

		case 'number': {
			return typeof value === 'number' && Number.isFinite(value);
		}

		case 'string':
		case 'boolean': {
			return typeof value === type;
		}

		default: {
			return false;
		}
	}
}

/**
 * Whether `value` satisfies `schema` and has every property the schema gives a default for. Conservative: a keyword
 * this does not know makes the answer false, and the caller then asks the full validator (conf's Ajv).
 */
function conformsFully(value: unknown, schema: SchemaNode): boolean {
	for (const keyword of Object.keys(schema)) {
		if (!understood.has(keyword)) return false;
	}

	if (schema.anyOf !== undefined) {
		if (!Array.isArray(schema.anyOf) || !schema.anyOf.some(branch => isObject(branch) && conformsFully(value, branch))) return false;
	}

	if (schema.type !== undefined && !hasType(value, schema.type)) return false;
	if (schema.enum !== undefined && !(Array.isArray(schema.enum) && schema.enum.includes(value))) return false;
	if (typeof value === 'number') {
		if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
		if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
		if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return false;
	}

	if (typeof value === 'string') {
		if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) return false;
		if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) return false;
	}

	if (Array.isArray(value) && schema.items !== undefined) {
		if (!isObject(schema.items)) return false;
		const items = schema.items;
		if (!value.every(item => conformsFully(item, items))) return false;
	}

	if (isObject(value)) {
		const properties = schema.properties ?? {};
		if (!isObject(properties)) return false;
		if (Array.isArray(schema.required) && !schema.required.every(name => typeof name === 'string' && Object.hasOwn(value, name))) return false;
		for (const [name, property] of Object.entries(properties)) {
			if (!isObject(property)) return false;
			if (!Object.hasOwn(value, name)) {
				// conf would fill the default in (and write the file).
				if (Object.hasOwn(property, 'default')) return false;
				continue;
			}

			if (!conformsFully(value[name], property)) return false;
		}

		const additional = schema.additionalProperties;
		if (additional !== undefined) {
			if (!isObject(additional)) return false;
			for (const [name, item] of Object.entries(value)) {
				if (!Object.hasOwn(properties, name) && !conformsFully(item, additional)) return false;
			}
		}
	}

	return true;
}

const rootSchema: SchemaNode = {type: 'object', properties: configSchema};

function filledIn(value: unknown, schema: SchemaNode): unknown {
	if (Array.isArray(value) && isObject(schema.items)) {
		const items = schema.items;
		return value.map(item => filledIn(item, items));
	}

	if (!isObject(value) || !isObject(schema.properties)) return value;
	const filled: Record<string, unknown> = {...value};
	for (const [name, property] of Object.entries(schema.properties)) {
		if (!isObject(property)) continue;
		if (Object.hasOwn(filled, name)) filled[name] = filledIn(filled[name], property);
		else if (Object.hasOwn(property, 'default')) filled[name] = structuredClone(property.default);
	}

	return filled;
}

/**
 * The config as conf would complete it (every default the schema gives filled in), without conf: for a home that
 * cannot be written, where conf would try to save the completed file. undefined when it is still not valid.
 */
export function completedConfig(value: unknown): ConfigFileData | undefined {
	const filled = filledIn(value, rootSchema);
	return isCompleteConfig(filled) ? filled : undefined;
}

/**
 * A config.json as conf writes it: valid against configSchema with every default already in place, so conf would
 * read it unchanged. False means "ask conf", not necessarily "invalid".
 */
export function isCompleteConfig(value: unknown): value is ConfigFileData {
	return conformsFully(value, rootSchema);
}

/** Edit distance of two short keys (a typo is one or two edits away). */
function editDistance(a: string, b: string): number {
	const row = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
			diagonal = above;
		}
	}

	return row[b.length]!;
}

function unknownIn(value: unknown, known: readonly string[], where: string): string[] {
	if (!isObject(value)) return [];
	return Object.keys(value).filter(key => !known.includes(key)).map(key => {
		const near = known.filter(candidate => editDistance(key, candidate) <= 2).sort((a, b) => editDistance(key, a) - editDistance(key, b))[0];
		return `unknown key "${where}${key}"${near ? ` (did you mean "${near}"?)` : ''}`;
	});
}

/**
 * Keys of config.json that lagebild does not read, with the likely meant one: a typo ("retentionDay") was ignored
 * without a word, so the setting silently kept its default. The file stays as it is; they are only named.
 */
export function unknownConfigKeys(value: unknown): string[] {
	if (!isObject(value)) return [];
	const feedKeys = Object.keys((configSchema.feeds.items as {properties: Record<string, unknown>}).properties);
	const feeds = Array.isArray(value.feeds) ? value.feeds.flatMap((feed, index) => unknownIn(feed, feedKeys, `feeds[${index}].`)) : [];
	return [
		...unknownIn(value, [...Object.keys(configSchema), '$schema'], ''),
		...unknownIn(value.settings, Object.keys(settingsProperties), 'settings.'),
		...feeds,
	];
}
