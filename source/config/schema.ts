// The shape of config.json: JSON schema for conf, the typed config, and defaults.

import type {FeedConfig, Settings} from '../model/feed.js';
import {defaultSettings} from '../model/feed.js';
import type {TopicDefinition} from '../model/topic.js';

export interface LagebildConfig {
	feeds: FeedConfig[];
	topics: TopicDefinition[];
	/** Always complete: defaults filled in for whatever the file leaves out. */
	settings: Settings;
	/** UI action → keys that trigger it, overriding the built-in bindings. */
	keymap: Record<string, string[]>;
}

/** What the file holds; settings may be partial. */
export interface ConfigFileData {
	feeds: FeedConfig[];
	topics: TopicDefinition[];
	settings: Partial<Settings>;
	keymap: Record<string, string[]>;
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
	feeds: {
		type: 'array',
		default: [],
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
		additionalProperties: stringArray,
	},
} as const;

export function withDefaults(data: ConfigFileData): LagebildConfig {
	return {
		feeds: data.feeds.map(feed => ({...feed, title: feed.title ?? '', tags: feed.tags ?? [], enabled: feed.enabled ?? true})),
		topics: data.topics,
		settings: {...defaultSettings, ...data.settings},
		keymap: data.keymap,
	};
}
