// Opens a web page for `o`: the $BROWSER the user set (as newsboat, git and man do), else the system opener.

import {spawn} from 'node:child_process';
import {openWebUrl} from '../services/store-services.js';

/** The commands $BROWSER names: a colon-separated list, each a program with optional arguments, `%s` for the URL. */
export function browserCommands(value: string | undefined): string[][] {
	return (value ?? '')
		.split(':')
		.map(entry => entry.trim().split(/\s+/u).filter(Boolean))
		.filter(words => words.length > 0);
}

function checkedWebUrl(url: string): string {
	let protocol: string;
	try {
		protocol = new URL(url).protocol;
	} catch {
		throw new Error(url === '' ? 'this article has no web address' : `not a web address: ${url}`);
	}

	if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`only http and https links are opened, not ${protocol}`);
	return url;
}

/**
 * Starts one command with the URL as a single argument (no shell); resolves once it runs, rejects when it cannot start.
 * The URL goes in by a function: as a replacement string, a query's "$&" or "$`" would be expanded.
 */
async function launch(words: readonly string[], url: string): Promise<void> {
	const [program, ...rest] = words;
	const args = rest.some(word => word.includes('%s')) ? rest.map(word => word.replaceAll('%s', () => url)) : [...rest, url];
	await new Promise<void>((resolve, reject) => {
		const child = spawn(program!, args, {detached: true, stdio: 'ignore'});
		child.once('error', reject);
		child.once('spawn', () => {
			child.unref();
			resolve();
		});
	});
}

function isMissing(error: unknown): boolean {
	return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Opens an http(s) URL. With $BROWSER set, its first command that exists is started (the system opener is not
 * tried: the user chose); without it, `open` runs xdg-open / open / start. Errors say what to set.
 */
export async function openInBrowser(url: string, env: NodeJS.ProcessEnv, fallback: (url: string) => Promise<void> = openWebUrl): Promise<void> {
	const checked = checkedWebUrl(url);
	const commands = browserCommands(env.BROWSER);
	for (const words of commands) {
		try {
			await launch(words, checked);
			return;
		} catch (error) {
			if (!isMissing(error)) throw error;
		}
	}

	if (commands.length > 0) throw new Error(`no program of $BROWSER could be started (${env.BROWSER})`);
	try {
		await fallback(checked);
	} catch (error) {
		if (isMissing(error)) throw new Error('no browser opener found (xdg-open); set $BROWSER to your browser');
		throw error;
	}
}
