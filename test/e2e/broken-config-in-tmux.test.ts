// End to end: a config.json broken by a hand edit no longer keeps the app from the stored news (sixth walk): it starts
// read-only, says which file and what is wrong, refuses to refresh, and leaves the file as it was.

import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {e2eFixture, startApp} from '../helpers/e2e-app.js';
import {hasTmux} from '../helpers/tmux.js';

describe.skipIf(!hasTmux())('a broken config.json', () => {
	const fixture = e2eFixture('lagebild-e2e-broken-config-');

	it('the app starts read-only with the file and the problem named; R is refused; the file is unchanged', async () => {
		const home = fixture.newHome();
		const file = path.join(home, 'config.json');
		const text = '{\n\t"settings": {"retentionDays": 0,},\n\t"feeds": []\n}\n';
		writeFileSync(file, text);
		const session = fixture.keep(startApp(['--home', home]));
		// Waits for the status row too: tmux can be captured between the list's rows and the status row of one frame.
		const first = await session.waitFor(
			screen => /Topics[\s\S]*Stories — /.test(screen) && /^ config\.json is not valid JSON/mu.test(screen),
			60_000,
		);
		// The header names the file for as long as the app runs; the status row says what is wrong with it.
		expect(first).toContain(`[read-only: ${file} cannot be read]`);
		expect(first).toMatch(/^ config\.json is not valid JSON \(unexpected "\}" after a comma/mu);
		session.send('R');
		await session.waitFor(/cannot be read: nothing is fetched or saved/u, 15_000);
		session.send('q');
		await session.waitFor('[lagebild exited 0]', 15_000);
		expect(readFileSync(file, 'utf8')).toBe(text);
	}, 120_000);
});
