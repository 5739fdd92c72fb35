// The prompt and the yes/no question: opening them, checking an answer, and handing it to the command that asked.

import type {Dispatch} from 'react';
import {errorInLanguage} from '../../i18n/error-texts.js';
import {errorTextOfError} from '../../i18n/keyed-error.js';
import type {UiAction} from '../state/reducer.js';
import type {Overlay, PromptPurpose} from '../state/types.js';
import {errorText, type CommandTools} from './command-context.js';

/** A prompt's answer as its command gets it. */
export interface PromptAnswer {
	/** Trimmed; empty only for the purposes that take an empty answer (mayBeEmpty). */
	value: string;
	target: string | undefined;
	/** Shown under the prompt, which stays open. */
	error(text: string): void;
	/** Runs the work; a failure is shown under the prompt in the interface's language. */
	attempt(work: () => Promise<void>): void;
}

export type PromptHandlers = Record<PromptPurpose, (answer: PromptAnswer) => void>;
export type ConfirmPurpose = Extract<Overlay, {kind: 'confirm'}>['purpose'];
/** Called with the question's target once it is answered yes (the question already closed). */
export type ConfirmHandlers = Record<ConfirmPurpose, (target: string) => void>;

export interface PromptCommands {
	submitPrompt(): void;
	confirm(): void;
}

/** Answers that may be empty: no tags, no terms (refused by the topic), the feed's own title. */
const mayBeEmpty: ReadonlySet<PromptPurpose> = new Set(['editTags', 'topicTerms', 'editTitle']);

/** A comma separated answer (tags, terms) as its parts. */
export function splitList(value: string): string[] {
	return value.split(',').map(part => part.trim()).filter(Boolean);
}

/** `selected`: the value is shown selected, so Enter takes it and the first typed key replaces it. */
export function openPrompt(dispatch: Dispatch<UiAction>, purpose: PromptPurpose, value = '', target?: string, selected = false): void {
	dispatch({type: 'openOverlay', overlay: {kind: 'prompt', purpose, value, target, ...(selected ? {selected} : {})}});
}

export function promptCommands({dispatch, messages, state}: CommandTools, prompts: PromptHandlers, confirms: ConfirmHandlers): PromptCommands {
	const submitPrompt = () => {
		const overlay = state().overlay;
		if (overlay?.kind !== 'prompt') {
			return;
		}

		const value = overlay.value.trim();
		const error = (text: string) => {
			dispatch({type: 'promptError', error: text});
		};

		const attempt = (work: () => Promise<void>) => {
			work().catch((failure: unknown) => {
				// Said in the interface's language, as the status bar's errors are (a refusal of config/, a file error).
				error(errorInLanguage(errorTextOfError(failure) ?? errorText(failure), messages));
			});
		};

		if (value === '' && !mayBeEmpty.has(overlay.purpose)) {
			error(messages.errors.emptyValue);
			return;
		}

		prompts[overlay.purpose]({value, target: overlay.target, error, attempt});
	};

	const confirm = () => {
		const overlay = state().overlay;
		if (overlay?.kind !== 'confirm') {
			return;
		}

		dispatch({type: 'closeOverlay'});
		confirms[overlay.purpose](overlay.target);
	};

	return {submitPrompt, confirm};
}
