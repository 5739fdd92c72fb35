// `o` opens links with the $BROWSER the user set; without one, the system opener; nothing ever through a shell.

import {chmod, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {browserCommands, openInBrowser} from '../../source/commands/web-browser.js';

/** A stand-in browser: writes each argument it got on its own line. */
async function recorder(): Promise<{program: string; log: string}> {
	const dir = await mkdtemp(path.join(tmpdir(), 'lagebild-browser-'));
	const log = path.join(dir, 'opened.log');
	const program = path.join(dir, 'browser.sh');
	await writeFile(program, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${log}'; done\n`);
	await chmod(program, 0o755);
	return {program, log};
}

async function waitForFile(file: string): Promise<string> {
	for (let tries = 0; tries < 200; tries++) {
		try {
			const text = await readFile(file, 'utf8');
			if (text.endsWith('\n')) return text;
		} catch {}

		await new Promise(resolve => {
			setTimeout(resolve, 10);
		});
	}

	throw new Error(`${file} was never written`);
}

describe('openInBrowser', () => {
	test('$BROWSER gets the URL as one argument, shell characters and all; the system opener is not asked', async () => {
		const {program, log} = await recorder();
		const url = 'https://example.org/a?b=1&c=$(touch /tmp/x);d';
		const fallbackCalls: string[] = [];
		await openInBrowser(url, {BROWSER: program}, async target => {
			fallbackCalls.push(target);
		});
		expect(await waitForFile(log)).toBe(`${url}\n`);
		expect(fallbackCalls).toEqual([]);
	});

	test('the first $BROWSER entry that exists is used; %s places the URL among its arguments', async () => {
		const {program, log} = await recorder();
		await openInBrowser('https://example.org/', {BROWSER: `/nonexistent/browser:${program} --new-tab %s --x`}, async () => {
			throw new Error('fallback must not run');
		});
		expect(await waitForFile(log)).toBe('--new-tab\nhttps://example.org/\n--x\n');
	});

	test('%s takes the URL as it is: a link\'s "$&" or "$`" is not a replacement pattern (review V15 #10)', async () => {
		const {program, log} = await recorder();
		const url = 'https://example.org/p?x=$&y=$`z=$$';
		await openInBrowser(url, {BROWSER: `${program} --new-tab=%s`}, async () => {
			throw new Error('fallback must not run');
		});
		expect(await waitForFile(log)).toBe(`--new-tab=${url}\n`);
	});

	test('no $BROWSER: the system opener; when it is missing the error says what to set', async () => {
		const opened: string[] = [];
		await openInBrowser('https://example.org/', {}, async url => {
			opened.push(url);
		});
		expect(opened).toEqual(['https://example.org/']);
		const missing = Object.assign(new Error('spawn xdg-open ENOENT'), {code: 'ENOENT'});
		await expect(openInBrowser('https://example.org/', {}, async () => {
			throw missing;
		})).rejects.toThrow(/set \$BROWSER/u);
		await expect(openInBrowser('https://example.org/', {BROWSER: '/nonexistent/a:/nonexistent/b'})).rejects.toThrow('no program of $BROWSER could be started');
	});

	test('only http(s) links; an article without a link says so', async () => {
		const {program, log} = await recorder();
		await expect(openInBrowser('file:///etc/passwd', {BROWSER: program})).rejects.toThrow('only http and https');
		await expect(openInBrowser('javascript:alert(1)', {BROWSER: program})).rejects.toThrow('only http and https');
		await expect(openInBrowser('', {BROWSER: program})).rejects.toThrow('this article has no web address');
		await expect(readFile(log, 'utf8')).rejects.toThrow();
	});

	test('browserCommands splits the list and the words', () => {
		expect(browserCommands('firefox:w3m %s')).toEqual([['firefox'], ['w3m', '%s']]);
		expect(browserCommands(undefined)).toEqual([]);
		expect(browserCommands(' : ')).toEqual([]);
	});
});

describe('lagebild --help', () => {
	test('names the environment variables, BROWSER first', async () => {
		const {cli} = await import('./run-cli.js');
		const {mkdtemp} = await import('node:fs/promises');
		const result = await cli(await mkdtemp(path.join(tmpdir(), 'lagebild-help-')), '--help');
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/Environment: BROWSER \(the program o opens links with\)/u);
	});
});
