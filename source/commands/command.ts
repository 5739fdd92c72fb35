// What every subcommand receives and returns: parsed flags, positional arguments and the output streams.

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

/** An error whose message is complete and meant for the user (printed as is, exit code 1). */
export class UserError extends Error {
	override readonly name = 'UserError';
	readonly exitCode: number;

	constructor(message: string, exitCode = 1) {
		super(message);
		this.exitCode = exitCode;
	}
}
