// A $BROWSER for the end-to-end tests: a script that logs each argument it is started with, one per line.

import {chmodSync, existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

export interface BrowserScript {
	/** The script's path, for $BROWSER. */
	browser: string;
	/** What it logged, once it has logged `count` lines (it runs apart from the app, which does not wait for it). */
	lines(count?: number, timeoutMs?: number): Promise<string[]>;
}

export function browserScript(home: string): BrowserScript {
	const log = path.join(home, 'opened.log');
	const browser = path.join(home, 'browser.sh');
	writeFileSync(browser, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${log}'; done\n`);
	chmodSync(browser, 0o755);
	const logged = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
	return {
		browser,
		async lines(count = 1, timeoutMs = 10_000) {
			for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
				if (logged().length >= count) {
					// One more look a moment later: a line more than expected (a second URL handed over) must not be missed.
					await sleep(200);
					return logged();
				}
			}

			throw new Error(`the browser script logged ${logged().length} of ${count} lines to ${log}`);
		},
	};
}
