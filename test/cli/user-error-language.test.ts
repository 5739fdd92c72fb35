import {afterEach, describe, expect, it} from 'vitest';
import {commands, runCli} from '../../source/commands/main.js';
import {UserError, type CommandIo} from '../../source/commands/command.js';

// A command that fails with a UserError passing on a keyed error from below (a feed address that is no URL).
const name = 'keyed-failure-for-test';

function io(lang: string): CommandIo & {errors: () => string} {
	let text = '';
	const stream = {write: (chunk: string) => { text += chunk; return true; }, isTTY: false, columns: 80};
	return {stdout: {...stream, write: () => true}, stderr: stream, env: {LANG: lang}, errors: () => text} as unknown as CommandIo & {errors: () => string};
}

describe('a UserError that carries a key', () => {
	afterEach(() => {
		delete commands[name];
	});

	it('is said in the user\'s language by the command line, its English message otherwise', async () => {
		commands[name] = async () => ({run: async () => {
			throw new UserError('lagebild: not a URL: feed.example', 1, {key: 'notUrl', params: {text: 'feed.example'}});
		}});
		const german = io('de_DE.UTF-8');
		expect(await runCli([name], german)).toBe(1);
		const english = io('en_US.UTF-8');
		expect(await runCli([name], english)).toBe(1);
		expect(english.errors()).toMatch(/^lagebild: not a URL: feed\.example/u);
		expect(german.errors()).toMatch(/^lagebild: keine URL: feed\.example/u);
	});

	it('without a key prints its message as is', async () => {
		commands[name] = async () => ({run: async () => {
			throw new UserError('lagebild: something plain', 3);
		}});
		const german = io('de_DE.UTF-8');
		expect(await runCli([name], german)).toBe(3);
		expect(german.errors()).toBe('lagebild: something plain\n');
	});
});
