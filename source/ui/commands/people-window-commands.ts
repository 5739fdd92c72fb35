// The People screen's window (this briefing, the last days, weeks): switching it and keeping a wider one current.

import {peopleWindows} from '../../briefing/people-window-name.js';
import type {PeopleWindowName} from '../../briefing/people-window.js';
import {format} from '../../i18n/index.js';
import type {CommandTools} from './command-context.js';

export interface PeopleWindowCommands {
	/** The next window in turn; a wider one is gathered off the UI thread, with its progress shown. */
	nextWindow(): void;
	/** After a refresh: a wider window shown follows what arrived (the list stays while it is gathered again). */
	refreshed(newArticles: number): void;
}

/** Shows the People screen's `window` (its lists start at the top) and says so on the status row. */
export function switchPeopleWindow({services, dispatch, messages, info}: CommandTools, window: PeopleWindowName): void {
	dispatch({type: 'peopleWindow', window});
	info(format(messages.labels.peopleWindowNow, {window: format(messages.labels.peopleWindows[window], {hours: services.settings().storyWindowHours})}));
}

export function peopleWindowCommands(tools: CommandTools): PeopleWindowCommands {
	const {services, dispatch, state, fail} = tools;
	const nextWindow = () => {
		const shown = state().peopleWindow?.window ?? 'briefing';
		const window = peopleWindows[(peopleWindows.indexOf(shown) + 1) % peopleWindows.length]!;
		switchPeopleWindow(tools, window);
		if (window === 'briefing') return;

		services.peopleWindow(window, (done, total) => {
			dispatch({type: 'peopleWindowProgress', window, progress: {done, total}});
		}).then(data => {
			dispatch({type: 'peopleWindowLoaded', data});
		}, fail);
	};

	const refreshed = (newArticles: number) => {
		const shown = state().peopleWindow;
		if (newArticles > 0 && shown?.data && shown.window !== 'briefing') {
			services.peopleWindow(shown.window).then(data => {
				dispatch({type: 'peopleWindowLoaded', data});
			}, fail);
		}
	};

	return {nextWindow, refreshed};
}
