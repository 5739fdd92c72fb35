// The reader's links: a link's number typed in the article asks which link (newsboat's "Goto URL #"), Enter opens it.

import {countWith} from '../../i18n/index.js';
import {currentScreen} from '../state/selectors.js';
import type {CommandTools} from './command-context.js';
import {openPrompt, type PromptAnswer, type PromptHandlers} from './prompt-commands.js';

export interface ReaderLinkCommands {
	/** Opens the link-number prompt, holding the digit typed (`key`) as the number's start. */
	askLinkNumber(key?: string): void;
	prompts: Pick<PromptHandlers, 'openLink'>;
}

export function readerLinkCommands(tools: CommandTools): ReaderLinkCommands {
	const {services, dispatch, messages, state, info} = tools;

	const askLinkNumber = (key?: string) => {
		const current = state();
		const screen = currentScreen(current);
		if (screen.kind !== 'reader') return;
		const article = current.articles[screen.uid];
		// Still loading (or not stored): the screen says so, and "no links" would be false a moment later (review V15 #15).
		if (!article) return;
		const links = article.links ?? [];
		if (links.length === 0) {
			info(messages.done.noLinks);
			return;
		}

		openPrompt(dispatch, 'openLink', key !== undefined && /^\d$/u.test(key) ? key : '', screen.uid);
	};

	const openLink = ({value, target, error, attempt}: PromptAnswer) => {
		const links = target === undefined ? [] : state().articles[target]?.links ?? [];
		const number = /^\d+$/u.test(value) ? Number(value) : Number.NaN;
		const link = links[number - 1];
		if (!link) {
			error(countWith(links.length, messages.errors.noSuchLink_1, messages.errors.noSuchLink_n, {count: links.length}));
			return;
		}

		// The address was checked when stored and read (article-links.ts); openUrl checks it once more, as for `o`.
		attempt(async () => {
			await services.openUrl(link.url);
			dispatch({type: 'closeOverlay'});
			info(messages.done.opened);
		});
	};

	return {askLinkNumber, prompts: {openLink}};
}
