// The base of the errors that say what they are by key beside their English message (error-keys.ts).

import type {ErrorKey, ErrorParams, ErrorText} from './error-keys.js';
import {englishWords, errorTextOf} from './error-texts.js';

/** An error's English message and its key: given, or recognised by its words (a system error's text worded in). */
export function keyed(error: string | ErrorText): [message: string, text: ErrorText | undefined] {
	return typeof error === 'string' ? [error, errorTextOf(error)] : [englishWords(error), error];
}

/**
 * An error the interface and the command line say in their language by `key` and `params`; `message` is its English
 * (what the store keeps beside them, and what older versions read). Words no key fits have none and are said as they are.
 */
export class KeyedError extends Error {
	readonly key: ErrorKey | undefined;
	readonly params: ErrorParams;

	constructor(message: string, text: ErrorText | undefined) {
		super(message);
		this.key = text?.key;
		this.params = text?.params ?? {};
	}

	/** {key, params}, for keeping beside the message; undefined when no key fits. */
	get errorText(): ErrorText | undefined {
		return this.key === undefined ? undefined : {key: this.key, params: this.params};
	}
}

/** The {key, params} of any thrown value, when it is a keyed error with a key. */
export function errorTextOfError(error: unknown): ErrorText | undefined {
	return error instanceof KeyedError ? error.errorText : undefined;
}
