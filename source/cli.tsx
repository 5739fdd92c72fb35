#!/usr/bin/env node
// The lagebild executable: parses the command line and runs the chosen command.

import {runCli} from './commands/main.js';

// `lagebild feeds export | head` closes the pipe early; that is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			process.exit(process.exitCode ?? 0);
		}

		throw error;
	});
}

process.exitCode = await runCli(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, env: process.env});
