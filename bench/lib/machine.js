// What machine a benchmark ran on: cores, CPU model, memory, node and OS versions.

import os from 'node:os';
import {execFileSync} from 'node:child_process';

function commandOutput(command, args) {
	try {
		return execFileSync(command, args, {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
	} catch {
		return '';
	}
}

export function describeMachine() {
	return {
		date: new Date().toISOString(),
		nproc: Number(commandOutput('nproc', [])) || os.availableParallelism(),
		cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
		memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
		node: process.version,
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		distro: commandOutput('sh', ['-c', '. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"']),
	};
}
