// End to end: the built app in a real terminal (tmux), driven by keys the way a person uses it.

import {execFileSync} from 'node:child_process';
import {readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {builtCli, e2eFixture, repoRoot as root, startApp} from '../helpers/e2e-app.js';
import {hasTmux, moveTo, type TmuxSession} from '../helpers/tmux.js';

/** The topic the briefing of the bundled snapshots lists a story under (its first topic), from `lagebild brief`. */
function topicOfStory(home: string, headline: string): string {
	let output: string;
	try {
		output = execFileSync(process.execPath, [builtCli, '--source', path.join(root, 'feeds', 'snapshots'), '--home', `${home}-brief`, 'brief', '--format', 'json'], {encoding: 'utf8', env: {...process.env, LANG: 'C.UTF-8'}});
	} finally {
		rmSync(`${home}-brief`, {recursive: true, force: true});
	}

	const briefing = JSON.parse(output) as {topics: Array<{name: string; stories: Array<{headline: string}>}>};
	const topic = briefing.topics.find(candidate => candidate.stories.some(story => story.headline.includes(headline)));
	if (!topic) throw new Error(`no story "${headline}" in the bundled briefing`);
	return topic.name;
}

/** The first frame may be the stored briefing while the computed one loads; keys go to the final one. */
async function waitForBriefing(session: TmuxSession): Promise<string> {
	return session.waitFor(screen => /Topics[\s\S]*Ukraine war/.test(screen) && /Stories/.test(screen) && !/Loading/.test(screen), 30_000);
}

describe.skipIf(!hasTmux())('the app in a real terminal', () => {
	const fixture = e2eFixture('lagebild-e2e-');

	it('shows the briefing, a story with who said what, the article, the feed manager, and restores the terminal', async () => {
		const home = fixture.newHome();
		// CI=true as on the CI machine: the app must still draw live (Ink alone would only draw the last frame).
		const session = fixture.keep(startApp(['--source', path.join(root, 'feeds', 'snapshots'), '--home', home], {CI: 'true'}));

		// Home screen: topics with counts, stories of the selected topic.
		const briefing = await waitForBriefing(session);
		expect(briefing).toMatch(/Stories/);
		expect(session.modes().alternateScreen).toBe(true);

		// The stories pane has the focus; Tab goes to the topics. Pick Ukraine, go back to its stories, open the call.
		// Each pane switch is awaited on screen, so the next move is not mistaken for it.
		// Under whichever topic ranks the call first (the topic rules move it: Ukraine war, later Russia).
		const topic = topicOfStory(home, 'Putin telefoniert');
		session.send('Tab');
		await session.waitFor(/^▸/m);
		await moveTo(session, '▸', topic);
		session.send('Tab');
		await session.waitFor(/│▸/);
		await moveTo(session, '▸', 'Putin telefoniert');
		session.send('Enter');
		// The story briefing: the quote with its speaker and role, and the report that carries it (all waited for: the
		// report rows come after the quote's in a frame, and tmux can be captured between them).
		const story = await session.waitFor(screen => ['Dmitri Peskow', 'Kreml-Sprecher', 'Hegseth'].every(text => screen.includes(text)));
		expect(story).toMatch(/Dmitri Peskow/);
		expect(story).toMatch(/Kreml-Sprecher/);
		expect(story).toMatch(/Hegseth/);

		// Open the report itself: the article reader shows the text.
		await moveTo(session, '▸', 'Putin telefoniert');
		session.send('Enter');
		const article = await session.waitFor(screen => screen.includes('Journalisten-Briefings') && screen.includes('Sondermeldung! Putin telefoniert mit Trump'));
		expect(article).toMatch(/Sondermeldung! Putin telefoniert mit Trump/);

		// Back out to the story, then to the briefing.
		session.send('Escape');
		await session.waitFor(screen => !screen.includes('Journalisten-Briefings') && screen.includes('Peskow'));
		session.send('Escape');
		await session.waitFor(/Topics[\s\S]*Stories/);

		// Feed manager: add a feed through the URL prompt.
		session.send('f');
		await session.waitFor(/Feeds[\s\S]*Status/);
		session.send('a');
		await session.waitFor('Feed URL:');
		session.send('https://example.org/e2e-feed.xml', {literal: true});
		session.send('Enter');
		// Without a network the address cannot be checked: it is added as typed, and the status row says why.
		await session.waitFor(/Feed added|Added https:\/\/example\.org\/e2e-feed\.xml as typed, but it could not be checked/u);
		// New feeds go to the end of the list.
		session.send('G');
		await session.waitFor(/▸.*example\.org\/e2e-feed\.xml/);
		const config = JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string}>};
		expect(config.feeds.map(feed => feed.url)).toContain('https://example.org/e2e-feed.xml');

		// Quit: the program ends and leaves the terminal as it found it.
		session.send('Escape');
		await session.waitFor(/Topics/);
		session.send('q');
		// As long as the other tests give it: with the suite's other apps on two cores (load 15) the exit after q took
		// more than 5 s in three of three runs of the whole suite (the terminal already restored, the process not gone).
		const after = await session.waitFor('[lagebild exited 0]', 15_000);
		// Back on the normal screen: none of the app's frames are left on it.
		expect(after).not.toMatch(/Topics|Stories/);
		const modes = session.modes();
		expect(modes.alternateScreen).toBe(false);
		expect(modes.cursorVisible).toBe(true);
	}, 300_000);
});
