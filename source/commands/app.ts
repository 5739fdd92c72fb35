// `lagebild` with no command: the interactive briefing (a plain text briefing when stdout is not a terminal).

import {readUiPosition, uiPositionFile, writeUiPosition} from '../config/ui-position.js';
import {StoreServices} from '../services/store-services.js';
import {type Command} from './command.js';
import {type AppContext, openContext} from './context.js';
import {openInBrowser} from './web-browser.js';

/** Minutes within which a refresh by another run (cron, a second window) counts as fresh enough. */
const freshMinutes = 10;

/** The cache shows at once; fetch in the background unless offline, on --source files, or just refreshed. */
export function shouldRefreshOnStart(context: AppContext, now = Date.now()): boolean {
	if (context.offline || context.sourceMode || context.configProblem) return false;
	// Only the feeds in use count: loading the bundled snapshots into an empty cache is no refresh.
	const inUse = new Set(context.feeds.map(feed => feed.url));
	const fetched = context.store.feedStates().filter(state => inUse.has(state.url));
	// Feeds imported or added since (`lagebild feeds import`, then `lagebild`) stood at "not fetched yet" until R.
	const fetchedOnce = new Set(fetched.filter(state => state.lastFetch).map(state => state.url));
	if (context.feeds.some(feed => feed.enabled && !fetchedOnce.has(feed.url))) return true;
	const last = Math.max(0, ...fetched.map(state => Date.parse(state.lastFetch ?? '') || 0));
	return now - last > freshMinutes * 60_000;
}

export const run: Command = async (input) => {
	const interactive = Boolean(process.stdout.isTTY && process.stdin.isTTY);
	if (!interactive) {
		// Piped or redirected: an app would only write escape codes into a file; print the briefing instead.
		const brief = await import('./brief.js');
		return brief.run(input);
	}

	// Ink decides at import time that a CI variable means "no live terminal" and then draws only the last
	// frame. Someone at a real terminal is never that, whatever their shell exports.
	delete process.env.CI;
	delete process.env.CONTINUOUS_INTEGRATION;
	// React's development build (the default without NODE_ENV) roughly doubles render time and memory per
	// frame; whoever wants it still can set NODE_ENV. Must happen before React is first imported (below). The bundle
	// (scripts/bundle.mjs) holds only the production build; this line is for the unbundled dist/ (and must not be
	// spelled process.env.NODE_ENV, which the bundler replaces with a constant).
	const {env} = process;
	env.NODE_ENV ??= 'production';
	// The interface's modules (the largest part of the bundle) are read while the store and config open.
	const ui = import('../ui/start.js');
	ui.catch(() => undefined);
	// A config.json that cannot be read (a typo) no longer keeps the reader from the stored news: the app reads past it
	// with the defaults, says so, and writes nothing to it.
	const context = await openContext(input.flags, {env: input.io.env, brokenConfig: 'defaults'});
	try {
		for (const warning of context.warnings) input.io.stderr.write(`lagebild: ${warning}\n`);
		const services = new StoreServices(context, {openUrl: async url => openInBrowser(url, input.io.env)});
		try {
			// A briefing that must be computed starts in its worker now, while the interface below still loads.
			services.prepareBriefing();
			const {startApp} = await ui;
			// --source shows other files than the reader's feeds: it neither starts on nor overwrites their position.
			const positionFile = uiPositionFile(context.home);
			const positionKeeper = context.sourceMode ? undefined : {
				initial: readUiPosition(positionFile),
				save: (position: Parameters<typeof writeUiPosition>[1]) => {
					writeUiPosition(positionFile, position);
				},
			};
			await startApp(services, {env: input.io.env, refreshOnStart: shouldRefreshOnStart(context), positionKeeper});
			return 0;
		} finally {
			await services.close();
		}
	} finally {
		context.close();
	}
};
