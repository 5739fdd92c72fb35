// `lagebild topics list | add NAME --terms a,b,c | remove NAME | rename OLD NEW | edit NAME --terms a,b,c`.

import {defaultTopics, effectiveTopics} from '../analysis/topics/defaults.js';
import {addTopic, editTopicTerms, removeTopic, renameTopic} from '../analysis/topics/edit.js';
import type {TopicDefinition} from '../model/topic.js';
import {type CliFlags, type Command, UserError} from './command.js';
import {ConfigError, ConfigFile, HomeNotWritableError, resolveHome} from '../config/config-file.js';

const usage = 'usage: lagebild topics list | add NAME --terms a,b,c | remove NAME | rename OLD NEW | edit NAME --terms a,b,c | reset';

function splitList(value: string | undefined): string[] {
	return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** Terms from `--terms a,b` (when the CLI knows the flag) or from the words after the name. */
function termsOf(flags: CliFlags, rest: string[]): string[] {
	const fromFlag = (flags.terms ?? []).flatMap((item) => splitList(item));
	return [...fromFlag, ...rest.flatMap((item) => splitList(item))];
}

export function formatTopics(topics: TopicDefinition[], usingDefaults: boolean): string {
	const lines = topics.map((topic) => {
		const terms = [...topic.terms, ...(topic.entities ?? [])];
		const shown = terms.slice(0, 8).join(', ');
		return `  ${topic.name} — ${shown}${terms.length > 8 ? `, … (${terms.length})` : ''}`;
	});
	return `${usingDefaults ? 'Default topics' : 'Your topics'} (${topics.length}):\n${lines.join('\n')}\nStories that fit none appear under "Other".\n`;
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
	const save = async (topics: TopicDefinition[], message: string) => {
		await config.update({topics});
		input.io.stdout.write(`${message}\n`);
		return 0;
	};
	try {
		switch (action) {
			case 'list':
				input.io.stdout.write(formatTopics(current, configured.length === 0));
				return 0;
			case 'add': {
				const [name, ...rest] = args;
				if (!name) throw new UserError(usage, 2);
				const terms = termsOf(input.flags, rest);
				return await save(addTopic(current, name, terms), `Added topic "${name.trim()}" (${terms.length} term${terms.length === 1 ? '' : 's'}).`);
			}
			case 'remove': {
				const [name] = args;
				if (!name) throw new UserError(usage, 2);
				return await save(removeTopic(current, name), `Removed topic "${name.trim()}".`);
			}
			case 'rename': {
				const [oldName, newName] = args;
				if (!oldName || !newName) throw new UserError(usage, 2);
				return await save(renameTopic(current, oldName, newName), `Renamed topic "${oldName.trim()}" to "${newName.trim()}".`);
			}
			case 'edit': {
				const [name, ...rest] = args;
				if (!name) throw new UserError(usage, 2);
				return await save(editTopicTerms(current, name, termsOf(input.flags, rest)), `Updated the terms of topic "${name.trim()}".`);
			}
			case 'reset':
				await config.update({topics: []});
				input.io.stdout.write(`Back to the ${defaultTopics().length} default topics.\n`);
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
