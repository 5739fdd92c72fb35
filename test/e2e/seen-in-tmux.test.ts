// End to end: what a session showed is no longer marked new (+) at the next start; unread (•) it stays.

import {describe, expect, it} from 'vitest';
import {e2eFixture, startApp} from '../helpers/e2e-app.js';
import {hasTmux, type TmuxSession} from '../helpers/tmux.js';

/** The computed briefing (nothing is loading) once the stories pane shows a row marked as `marked` asks. */
async function briefing(session: TmuxSession, marked: RegExp): Promise<string> {
	return session.waitFor(screen => /Topics[\s\S]*Stories — /.test(screen) && marked.test(screen) && !/Loading|Analysing|Grouping|Summarising/.test(screen), 60_000);
}

describe.skipIf(!hasTmux())('new since you last looked', () => {
	const fixture = e2eFixture('lagebild-e2e-seen-');

	it('the first start marks stories +, q, and the next start shows the same stories unread (•) but not new', async () => {
		const home = fixture.newHome();
		// The bundled snapshots fill the store at home (--offline: no network).
		let session = fixture.keep(startApp(['--offline', '--home', home]));
		// Waited for as asserted: a frame's rows are drawn one after the other, a + row perhaps after a • row.
		const first = await briefing(session, /│[▸ ]\+/);
		expect(first).toMatch(/│[▸ ]\+/);
		session.send('q');
		await session.waitFor('[lagebild exited 0]');
		session.kill();

		session = fixture.keep(startApp(['--offline', '--home', home]));
		const second = await briefing(session, /│[▸ ]•/);
		expect(second).not.toMatch(/│[▸ ]\+/);
		expect(second).toMatch(/│[▸ ]•/);
		session.send('q');
		await session.waitFor('[lagebild exited 0]');
	}, 150_000);
});
