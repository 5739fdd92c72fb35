// The newsboat side of the refresh comparison: install it when missing, run `-x reload` in a temp dir.

import {execFileSync} from 'node:child_process';
import {mkdirSync, rmSync, writeFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {timedCommand} from './timed-command.js';

function which(command) {
	try {
		return execFileSync('sh', ['-c', `command -v ${command}`], {encoding: 'utf8'}).trim() || undefined;
	} catch {
		return undefined;
	}
}

/** Installs Debian's newsboat with apt-get when it is missing; returns its version line or undefined. */
export function ensureNewsboat(log = console.log) {
	if (!which('newsboat')) {
		if (!which('apt-get')) {
			log('newsboat is missing and apt-get is not available: skipping the newsboat side');
			return undefined;
		}
		log('installing newsboat: apt-get install -y newsboat');
		try {
			execFileSync('apt-get', ['install', '-y', 'newsboat'], {stdio: 'ignore'});
		} catch {
			// A fresh machine may not have package lists yet.
			try {
				execFileSync('apt-get', ['update', '-qq'], {stdio: 'ignore'});
				execFileSync('apt-get', ['install', '-y', 'newsboat'], {stdio: 'ignore'});
			} catch (error) {
				log(`could not install newsboat: ${error.message}`);
				return undefined;
			}
		}
	}
	try {
		return execFileSync('newsboat', ['--version'], {encoding: 'utf8'}).split('\n')[0].trim();
	} catch {
		return undefined;
	}
}

/**
 * A newsboat set-up in `dir`: urls file, config (empty = defaults, or `reload-threads N`), cache.db.
 * Its own HOME/XDG dirs keep it away from the real user's files.
 */
export function createNewsboatSetup(dir, urls, {reloadThreads} = {}) {
	mkdirSync(dir, {recursive: true});
	const files = {
		urls: path.join(dir, 'urls'),
		config: path.join(dir, 'config'),
		cache: path.join(dir, 'cache.db'),
	};
	writeFileSync(files.urls, `${urls.join('\n')}\n`);
	writeFileSync(files.config, reloadThreads ? `reload-threads ${reloadThreads}\n` : '');
	const home = path.join(dir, 'home');
	mkdirSync(home, {recursive: true});
	const env = {...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share')};
	return {
		files,
		command: `newsboat -u ${files.urls} -c ${files.cache} -C ${files.config} -x reload`,
		clearCache() {
			for (const name of [files.cache, `${files.cache}.lock`]) if (existsSync(name)) rmSync(name);
		},
		async reload() {
			const result = await timedCommand('newsboat', ['-u', files.urls, '-c', files.cache, '-C', files.config, '-x', 'reload'], {cwd: dir, env, timeoutMs: 300_000});
			if (result.code !== 0) throw new Error(`newsboat exited with ${result.code}: ${result.stderr.trim().slice(0, 300)}`);
			return result;
		},
	};
}
