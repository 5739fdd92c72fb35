// What every command factory is built from (state, dispatch, services, messages, clock) and the small helpers all use.

import type {Dispatch, RefObject} from 'react';
import {errorInLanguage} from '../../i18n/error-texts.js';
import {errorTextOfError} from '../../i18n/keyed-error.js';
import {format, type Messages} from '../../i18n/index.js';
import type {AppServices} from '../../services/app-services.js';
import {layoutFor, type Layout} from '../state/layout.js';
import type {UiAction} from '../state/reducer.js';
import type {Message, UiState} from '../state/types.js';

export interface CommandContext {
	/** Kept current by the dispatch wrapper, so a handler sees every earlier action at once. */
	readonly stateRef: RefObject<UiState>;
	readonly dispatch: Dispatch<UiAction>;
	readonly services: AppServices;
	readonly messages: Messages;
	readonly now: () => Date;
}

export interface CommandTools extends CommandContext {
	state(): UiState;
	layout(): Layout;
	/** An info message on the status row. */
	info(text: string): void;
	/** A message on the status row, returned so its sender can take it away again (refresh-commands' expire). */
	say(message: Message): Message;
	/** A failure on the status row, said in the interface's language. */
	fail(error: unknown): void;
}

export function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

export function commandTools(context: CommandContext): CommandTools {
	const {stateRef, dispatch, messages} = context;
	const state = () => stateRef.current;
	const say = (message: Message) => {
		dispatch({type: 'message', message});
		return message;
	};

	return {
		...context,
		state,
		layout: () => layoutFor(state().columns, state().rows),
		info: text => {
			say({text, level: 'info'});
		},
		say,
		fail: error => {
			say({text: format(messages.errors.failed, {message: errorInLanguage(errorTextOfError(error) ?? errorText(error), messages)}), level: 'error'});
		},
	};
}
