// Runs one command as a child process and measures its whole wall time (and peak RSS when GNU time exists).

import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';

const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const rssMarker = 'LAGEBILD_BENCH_MAXRSS_KB=';

/**
 * Resolves with {ms, cpuMs (user + system), code, stdout, stderr, maxRssKb}. The clock starts before spawn and stops at exit,
 * so process start-up (node, module loading) is counted, as a user waiting at the prompt would count it.
 */
export function timedCommand(command, args, {cwd, env, timeoutMs = 120_000, input} = {}) {
	return new Promise((resolve, reject) => {
		const [file, fileArgs] = gnuTime ? [gnuTime, ['-f', `${rssMarker}%M %U %S`, command, ...args]] : [command, args];
		const started = process.hrtime.bigint();
		const child = spawn(file, fileArgs, {cwd, env: env ?? process.env, stdio: ['pipe', 'pipe', 'pipe']});
		const stdout = [];
		const stderr = [];
		child.stdout.on('data', (chunk) => stdout.push(chunk));
		child.stderr.on('data', (chunk) => stderr.push(chunk));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code, signal) => {
			const ms = Number(process.hrtime.bigint() - started) / 1e6;
			clearTimeout(timer);
			let errText = Buffer.concat(stderr).toString('utf8');
			let maxRssKb = Number.NaN;
			let cpuMs = Number.NaN;
			const markerAt = errText.lastIndexOf(rssMarker);
			if (markerAt !== -1) {
				const [rss, user, system] = errText.slice(markerAt + rssMarker.length).trim().split(/\s+/).map(Number);
				maxRssKb = rss;
				cpuMs = (user + system) * 1000;
				errText = errText.slice(0, markerAt);
			}
			resolve({ms, cpuMs, code: code ?? (signal ? 128 : 1), signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: errText, maxRssKb});
		});
		child.stdin.end(input ?? '');
	});
}
