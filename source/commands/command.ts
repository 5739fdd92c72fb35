// What every subcommand receives and returns: parsed flags, positional arguments and the output streams.

import {allErrorKeys, type ErrorKey, type ErrorText} from '../i18n/error-keys.js';
import {KeyedError} from '../i18n/keyed-error.js';

export interface CliFlags {
	home?: string;
	source: string[];
	offline: boolean;
	/** `feeds add --as-is`: add the address as typed, without looking at it. */
	asIs?: boolean;
	title?: string;
	tag: string[];
	format?: string;
	topic?: string;
	since?: string;
	/** `brief --starred`: the starred articles instead of the briefing. */
	starred?: boolean;
	/** Topic terms: `--terms a,b,c` (repeatable). */
	terms?: string[];
	/** Language of the input for `analyze`. */
	lang?: string;
}

export interface OutputStream {
	write(text: string): unknown;
	isTTY?: boolean;
	columns?: number;
}

export interface CommandIo {
	stdout: OutputStream;
	stderr: OutputStream;
	env: NodeJS.ProcessEnv;
}

export interface CommandInput {
	/** Positional arguments after the command name. */
	args: string[];
	flags: CliFlags;
	io: CommandIo;
}

/** A subcommand: resolves to the process exit code. */
export type Command = (input: CommandInput) => Promise<number>;

/**
 * An error whose message is complete and meant for the user (printed as is, exit code 1). One that passes on a keyed
 * error from below keeps its key, so the command line says it in its language ("lagebild: " before it).
 */
export class UserError extends KeyedError {
	override readonly name = 'UserError';
	/** Any key of the layers below: a UserError passes their errors on. */
	static readonly keys: readonly ErrorKey[] = allErrorKeys;
	readonly exitCode: number;

	constructor(message: string, exitCode = 1, text?: ErrorText) {
		super(message, text);
		this.exitCode = exitCode;
	}
}
