// Runs the CLI in-process with captured output and a given home directory.

import {runCli} from '../../source/commands/main.js';

export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
}

export async function cli(home: string, ...argv: string[]): Promise<CliResult> {
	let stdout = '';
	let stderr = '';
	const code = await runCli(['--home', home, ...argv], {
		stdout: {write: (text: string) => (stdout += text)},
		stderr: {write: (text: string) => (stderr += text)},
		env: {},
	});
	return {code, stdout, stderr};
}
