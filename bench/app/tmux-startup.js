// Starts the real app in a real terminal (tmux) and measures launch → first briefing frame and peak RSS.

import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

export function hasTmux() {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

// A private server socket per launch: other tmux users on the machine (the e2e tests) cannot kill our
// sessions, and a launch never meets the previous launch's server while it shuts down.
function tmuxOn(socket) {
	return (args, options = {}) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options});
}

function shellQuote(text) {
	return `'${String(text).replace(/'/g, `'\\''`)}'`;
}

/** CPU time (user + system, all threads) a process has used so far, in ms, from /proc (10 ms resolution). */
export function cpuMsOf(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
		// utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks (100 Hz).
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return Number.NaN;
	}
}

/** VmHWM (peak resident set) and VmRSS of a process, in kB, from /proc. */
export function memoryOf(pid) {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN);
		return {peakKb: field('VmHWM'), rssKb: field('VmRSS')};
	} catch {
		return {peakKb: Number.NaN, rssKb: Number.NaN};
	}
}

/**
 * After the first frame: whether the app reads quotes after it (the status bar says so within a second), and if so
 * when the complete briefing arrived (`briefing-complete` in the mark file), with the screen then, CPU and peak RSS.
 */
async function waitForComplete({tmux, session, mark, pid, deadline}) {
	const reading = () => /Reading quotes|Lese Zitate/.test(tmux(['capture-pane', '-p', '-t', session]));
	const completeMark = () => /briefing-complete (\d+)/.exec(readFileSync(mark, 'utf8'))?.[1];
	let readingSeen = false;
	const lookUntil = Date.now() + 1000;
	while (Date.now() < lookUntil && !completeMark()) {
		if (reading()) {
			readingSeen = true;
			break;
		}
		await sleep(20);
	}
	if (!readingSeen && !completeMark()) return {quotePass: false};
	const screenWhileReading = readingSeen ? tmux(['capture-pane', '-p', '-t', session]) : '';
	while (Date.now() < deadline && !completeMark()) await sleep(10);
	const ms = Number(completeMark());
	if (!Number.isFinite(ms)) throw new Error('the first launch read quotes but never completed its briefing');
	return {quotePass: true, markMs: ms, cpuMs: cpuMsOf(pid), memory: memoryOf(pid), screenWhileReading};
}

/**
 * One launch of `node CLI --offline --home HOME` in a fresh tmux session (120×40); --offline because the
 * app otherwise refreshes in the background at start, and the bench must not reach the network. A wrapper shell records
 * the launch time (ns) and its pid, then execs node, so the pid is node's. The app appends
 * `first-frame <ms since process start>` to LAGEBILD_BENCH_MARK once the first briefing frame is drawn (and
 * `ink-output-caches on|off` before it).
 * After that the given keys are sent (to open a story), and the node process's peak RSS is read.
 *
 * A first launch over a fresh store shows its briefing before the quotes are read ("Reading quotes… n of N" in the
 * status bar) and appends `briefing-complete <ms>` once the complete briefing arrived: with `untilComplete`, the
 * launch waits for that (a build without the quote pass is complete at its first frame) and reports its time, CPU
 * and the peak RSS until then. `autogroupNice` (e.g. -10) sets the nice of the launch's own autogroup.
 */
export async function launchOnce({cli, home, workDir, name, keysAfter = [], settleMs = 1500, timeoutMs = 60_000, nodeFlags = [], extraEnv = {}, untilComplete = false, autogroupNice}) {
	const mark = path.join(workDir, `${name}.mark`);
	const launch = path.join(workDir, `${name}.launch`);
	const pidFile = path.join(workDir, `${name}.pid`);
	for (const file of [mark, launch, pidFile]) rmSync(file, {force: true});
	// The pane's shell leads a session of its own, so its autogroup is the app's alone: a nice for it (root only) ranks the
	// app above other users' work on a busy machine, as `setsid sh /work/notes/bin/hi.sh` does for a whole bench.
	const nice = autogroupNice === undefined ? '' : `echo ${Number(autogroupNice)} > /proc/self/autogroup 2>/dev/null; `;
	const script = `${nice}date +%s%N > ${shellQuote(launch)}; echo $$ > ${shellQuote(pidFile)}; exec env ${Object.entries(extraEnv).map(([key, value]) => `${key}=${shellQuote(value)} `).join('')}LAGEBILD_BENCH_MARK=${shellQuote(mark)} ${shellQuote(process.execPath)} ${nodeFlags.map(shellQuote).join(' ')} ${shellQuote(cli)} --offline --home ${shellQuote(home)}`;
	const session = `lagebild-bench-${process.pid}-${name}`;
	const tmux = tmuxOn(session);
	tmux(['new-session', '-d', '-s', session, '-x', '120', '-y', '40', 'sh', '-c', script]);
	try {
		// Keeps the pane (and the server) when the app exits early, so its last screen can be reported.
		tmux(['set-option', '-t', session, 'remain-on-exit', 'on']);
		const deadline = Date.now() + timeoutMs;
		let seenAtNs;
		while (Date.now() < deadline) {
			if (existsSync(mark) && readFileSync(mark, 'utf8').includes('first-frame')) {
				seenAtNs = process.hrtime.bigint();
				break;
			}
			await sleep(1);
		}
		// hrtime and `date +%s%N` use different clocks; convert via the wall clock at detection.
		const detectedWallNs = BigInt(Date.now()) * 1_000_000n;
		if (seenAtNs === undefined) {
			const screen = tmux(['capture-pane', '-p', '-t', session]);
			throw new Error(`no first-frame mark within ${timeoutMs} ms; screen:\n${screen.slice(0, 1500)}`);
		}
		const launchedNs = BigInt(readFileSync(launch, 'utf8').trim());
		const observedMs = Number(detectedWallNs - launchedNs) / 1e6;
		const marks = readFileSync(mark, 'utf8');
		const markMs = Number(/first-frame (\d+)/.exec(marks)?.[1]);
		// Whether ui/ink-output-cache.ts patched the Ink that draws (a bundle holds its own Ink): on, off, or unknown.
		const inkCaches = /ink-output-caches (on|off)/.exec(marks)?.[1];
		// Whether the bundle was compiled from V8's code cache (source/launch/launcher.ts): used, missing, rejected or off.
		const codeCache = /^code-cache \d+ (\w+)$/m.exec(marks)?.[1];
		const pid = Number(readFileSync(pidFile, 'utf8').trim());
		const screen = tmux(['capture-pane', '-p', '-t', session]);
		const atFirstFrame = memoryOf(pid);
		// Less sensitive to other load on the machine than the wall time.
		const cpuMsAtFirstFrame = cpuMsOf(pid);
		const complete = untilComplete ? await waitForComplete({tmux, session, mark, pid, deadline: Date.now() + timeoutMs}) : undefined;
		for (const key of keysAfter) {
			tmux(['send-keys', '-t', session, key]);
			await sleep(300);
		}
		await sleep(settleMs);
		const afterKeys = memoryOf(pid);
		const screenAfterKeys = tmux(['capture-pane', '-p', '-t', session]);
		if (!existsSync(`/proc/${pid}`)) throw new Error(`the app exited on its own after its first frame; its screen:\n${screenAfterKeys.slice(0, 1500)}`);
		tmux(['send-keys', '-t', session, 'q']);
		for (let wait = 0; wait < 250 && existsSync(`/proc/${pid}`); wait++) await sleep(20);
		return {markMs, observedMs, pid, screen, screenAfterKeys, atFirstFrame, afterKeys, inkCaches, codeCache, cpuMsAtFirstFrame, ...(complete ? {complete} : {})};
	} finally {
		try {
			tmux(['kill-server']);
		} catch {
			// already gone
		}
	}
}
