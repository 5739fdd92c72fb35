// `lagebild topics list | add NAME --terms a,b,c | remove NAME | rename OLD NEW | edit NAME --terms a,b,c`.

import {defaultTopics, effectiveTopics} from '../config/default-topics.js';
import {addTopic, editTopicTerms, removeTopic, renameTopic} from '../analysis/topics/edit.js';
import type {TopicDefinition} from '../model/topic.js';
import {type CliFlags, type Command, UserError} from './command.js';
import {ConfigError, ConfigFile, HomeNotWritableError, resolveHome} from '../config/config-file.js';
import {messagesFor, topicLabel, type UiLanguage} from '../i18n/index.js';
import {cliLanguage} from '../i18n/cli-text.js';
import {topicNamed} from './topic-names.js';

const usage = 'usage: lagebild topics list | add NAME --terms a,b,c | remove NAME | rename OLD NEW | edit NAME --terms a,b,c | reset';

function splitList(value: string | undefined): string[] {
	return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** Terms from `--terms a,b` (when the CLI knows the flag) or from the words after the name. */
function termsOf(flags: CliFlags, rest: string[]): string[] {
	const fromFlag = (flags.terms ?? []).flatMap((item) => splitList(item));
	return [...fromFlag, ...rest.flatMap((item) => splitList(item))];
}

/** What `topics` says, in the app's language: in German the bundled topics by the names the app shows ("Nahost"). */
interface TopicsText {
	heading(usingDefaults: boolean, count: number): string;
	other: string;
	added(name: string, terms: number): string;
	removed(name: string): string;
	renamed(from: string, to: string): string;
	updated(name: string): string;
	reset(count: number): string;
}

const texts: Record<UiLanguage, TopicsText> = {
	en: {
		heading: (usingDefaults, count) => `${usingDefaults ? 'Default topics' : 'Your topics'} (${count}):`,
		other: 'Stories that fit none appear under "Other".',
		added: (name, terms) => `Added topic "${name}" (${terms} term${terms === 1 ? '' : 's'}).`,
		removed: name => `Removed topic "${name}".`,
		renamed: (from, to) => `Renamed topic "${from}" to "${to}".`,
		updated: name => `Updated the terms of topic "${name}".`,
		reset: count => `Back to the ${count} default topics.`,
	},
	de: {
		heading: (usingDefaults, count) => `${usingDefaults ? 'Standardthemen' : 'Deine Themen'} (${count}):`,
		other: 'Geschichten, die zu keinem passen, stehen unter „Sonstiges“.',
		added: (name, terms) => `Thema „${name}“ hinzugefügt (${terms} ${terms === 1 ? 'Begriff' : 'Begriffe'}).`,
		removed: name => `Thema „${name}“ entfernt.`,
		renamed: (from, to) => `Thema „${from}“ in „${to}“ umbenannt.`,
		updated: name => `Begriffe des Themas „${name}“ geändert.`,
		reset: count => `Zurück zu den ${count} Standardthemen.`,
	},
};

export function formatTopics(topics: TopicDefinition[], usingDefaults: boolean, language: UiLanguage = 'en'): string {
	const messages = messagesFor(language);
	const lines = topics.map((topic) => {
		const terms = [...topic.terms, ...(topic.entities ?? [])];
		const shown = terms.slice(0, 8).join(', ');
		// As the topic manager: the app's label, and the stored name beside it when they differ.
		const label = topicLabel(topic.name, messages);
		return `  ${label === topic.name ? label : `${label} (${topic.name})`} — ${shown}${terms.length > 8 ? `, … (${terms.length})` : ''}`;
	});
	const text = texts[language];
	return `${text.heading(usingDefaults, topics.length)}\n${lines.join('\n')}\n${text.other}\n`;
}

export const run: Command = async (input) => {
	const [action = 'list', ...args] = input.args;
	let config: ConfigFile;
	const home = resolveHome(input.flags.home, input.io.env);
	try {
		config = await ConfigFile.open(home);
	} catch (error) {
		// Listing only reads: a home the user cannot write is read as it is.
		if (error instanceof HomeNotWritableError && action === 'list') {
			input.io.stderr.write(`lagebild: the home ${home} is not writable (${error.reason}): reading only.\n`);
			config = await ConfigFile.open(home, {readOnly: true});
		} else if (error instanceof ConfigError) {
			throw new UserError(error.message);
		} else {
			throw error;
		}
	}
	for (const problem of config.unknownKeys) input.io.stderr.write(`lagebild: ${config.path}: ${problem}; ignored\n`);
	const configured = config.data.topics;
	const current = effectiveTopics(configured);
	const language = cliLanguage(config.data.settings.uiLanguage, input.io.env);
	const text = texts[language];
	// A topic is named as the app shows it: "lagebild topics remove Nahost" found no topic "Nahost" (stored: "Middle East").
	const stored = (typed: string) => topicNamed(typed, current.map(topic => topic.name)) ?? typed;
	const save = async (topics: TopicDefinition[], message: string) => {
		await config.update({topics});
		input.io.stdout.write(`${message}\n`);
		return 0;
	};
	try {
		switch (action) {
			case 'list':
				input.io.stdout.write(formatTopics(current, configured.length === 0, language));
				return 0;
			case 'add': {
				const [name, ...rest] = args;
				if (!name) throw new UserError(usage, 2);
				const terms = termsOf(input.flags, rest);
				return await save(addTopic(current, name, terms), text.added(name.trim(), terms.length));
			}
			case 'remove': {
				const [name] = args;
				if (!name) throw new UserError(usage, 2);
				return await save(removeTopic(current, stored(name)), text.removed(name.trim()));
			}
			case 'rename': {
				const [oldName, newName] = args;
				if (!oldName || !newName) throw new UserError(usage, 2);
				return await save(renameTopic(current, stored(oldName), newName), text.renamed(oldName.trim(), newName.trim()));
			}
			case 'edit': {
				const [name, ...rest] = args;
				if (!name) throw new UserError(usage, 2);
				return await save(editTopicTerms(current, stored(name), termsOf(input.flags, rest)), text.updated(name.trim()));
			}
			case 'reset':
				await config.update({topics: []});
				input.io.stdout.write(`${text.reset(defaultTopics().length)}\n`);
				return 0;
			default:
				throw new UserError(`lagebild: unknown topics action "${action}"\n${usage}`, 2);
		}
	} catch (error) {
		if (error instanceof UserError) throw error;
		if (error instanceof ConfigError) throw new UserError(error.message);
		if (error instanceof Error) throw new UserError(`lagebild: ${error.message}.`);
		throw error;
	}
};
