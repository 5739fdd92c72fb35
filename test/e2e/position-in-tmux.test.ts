// End to end: the built app starts on the topic and story it was on, after q and after its terminal was closed (SIGHUP).

import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {describe, expect, it} from 'vitest';
import {e2eFixture, startApp} from '../helpers/e2e-app.js';
import {hasTmux, type TmuxSession} from '../helpers/tmux.js';

/** The computed briefing (the stories pane shows rows, nothing is loading). */
async function briefing(session: TmuxSession): Promise<string> {
	return session.waitFor(screen => /Topics[\s\S]*Stories — /.test(screen) && /│[▸ ][+•]/.test(screen) && !/Loading|Analysing|Grouping|Summarising|Reading/.test(screen), 60_000);
}

/** The stories pane's topic and its selected row (▸ right of the divider). */
function selection(screen: string): {topic: string; story: string} {
	const topic = /Stories — (.+?) \(\d+\)/.exec(screen)?.[1] ?? '';
	const story = screen.split('\n').map(row => row.split('│')[1] ?? '').find(text => text.startsWith('▸')) ?? '';
	return {topic, story: story.slice(2, 40)};
}

describe.skipIf(!hasTmux())('position across launches', () => {
	const fixture = e2eFixture('lagebild-e2e-position-');

	it('q, then closing the terminal: each next start selects the story the last one was on', async () => {
		const home = fixture.newHome();
		let session = fixture.keep(startApp(['--offline', '--home', home]));
		const start = selection(await briefing(session));
		session.send(['h', 'j', 'j', 'j', 'l', 'j', 'j']);
		const moved = selection(await session.waitFor(screen => selection(screen).topic !== start.topic && !selection(screen).story.startsWith(start.story.slice(0, 10))));
		// Let the last key land before quitting.
		await delay(300);
		// A settled screen: a capture between a frame's rows could hold the header of one selection and the row of another.
		const before = selection(await session.waitFor(() => true));
		expect(before.topic).not.toBe(start.topic);
		session.send('q');
		await session.waitFor('[lagebild exited 0]');
		session.kill();
		expect(existsSync(path.join(home, 'position.json'))).toBe(true);

		session = fixture.keep(startApp(['--offline', '--home', home]));
		await briefing(session);
		// Topic and story both waited for: the stories pane's header and its selected row are different rows of a frame.
		expect(selection(await session.waitFor(screen => selection(screen).topic === before.topic && selection(screen).story === before.story))).toEqual(before);
		session.send(['j']);
		const next = selection(await session.waitFor(screen => selection(screen).story !== before.story));
		// Closing the terminal: tmux hangs up on the app, which has no q to save on.
		session.kill();
		await delay(500);

		session = fixture.keep(startApp(['--offline', '--home', home]));
		await briefing(session);
		expect(selection(await session.waitFor(screen => selection(screen).story === next.story && selection(screen).topic === next.topic))).toEqual(next);
		expect(moved.topic).toBe(before.topic);
	}, 150_000);

	it('kill -INT (Ctrl+C before raw mode, or from outside): exit 130, terminal restored, position saved', async () => {
		const home = fixture.newHome();
		const session = fixture.keep(startApp(['--offline', '--home', home]));
		await briefing(session);
		session.send(['j', 'j']);
		await delay(300);
		const shell = session.tmux(['list-panes', '-t', session.name, '-F', '#{pane_pid}']).trim();
		const app = execFileSync('pgrep', ['-P', shell], {encoding: 'utf8'}).trim().split('\n')[0]!;
		process.kill(Number(app), 'SIGINT');
		await session.waitFor('[lagebild exited 130]');
		expect(session.modes()).toEqual({alternateScreen: false, cursorVisible: true});
		expect(JSON.parse(readFileSync(path.join(home, 'position.json'), 'utf8'))).toMatchObject({pane: 'stories'});
	}, 120_000);
});

