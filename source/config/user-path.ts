// A file path as a person types it into a prompt: `~` is their home, and relative means relative to where lagebild runs.

import os from 'node:os';
import path from 'node:path';

/** The absolute path meant by what was typed (`~`, `~/x.opml`, `x.opml`, `/tmp/x.opml`). */
export function resolveUserPath(typed: string, home = os.homedir(), cwd = process.cwd()): string {
	const text = typed.trim();
	if (text === '~') return home;
	if (text.startsWith('~/')) return path.join(home, text.slice(2));
	return path.resolve(cwd, text);
}
