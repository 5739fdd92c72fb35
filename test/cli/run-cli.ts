// Runs the CLI in-process with captured output: in a given home directory, or with the arguments and environment given.

import {runCli} from '../../source/commands/main.js';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** `lagebild ARGV` with this environment (LANG picks the language); no home is added. */
export async function cliWith(env: Record<string, string>, ...argv: string[]): Promise<CliResult> {
	let stdout = '';
	let stderr = '';
	const code = await runCli(argv, {
		stdout: {write: (text: string) => (stdout += text)},
		stderr: {write: (text: string) => (stderr += text)},
		env,
	});
	return {code, stdout, stderr};
}

export async function cli(home: string, ...argv: string[]): Promise<CliResult> {
	return cliWith({}, '--home', home, ...argv);
}
