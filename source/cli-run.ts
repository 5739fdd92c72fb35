// The command line's run: what the bundle exports to the launcher (dist/cli.js) and what cli.tsx starts.

import {runCli} from './commands/main.js';
import {afterFirstFrame} from './launch/first-frame.js';

export interface CommandLineHooks {
	/** Called once the app has drawn its first frame (the launcher writes the code cache then). */
	onFirstFrame?: () => void;
}

/** Runs the command in process.argv; resolves to the exit code. */
export async function runCommandLine(hooks: CommandLineHooks = {}): Promise<number> {
	// `lagebild feeds export | head` closes the pipe early; that is not an error worth a stack trace.
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') {
				process.exit(process.exitCode ?? 0);
			}

			throw error;
		});
	}

	if (hooks.onFirstFrame) afterFirstFrame(hooks.onFirstFrame);
	return runCli(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, env: process.env});
}
