// The commands' printed output is cleaned of escape sequences and control characters on its way to the terminal.

import {sanitizePrinted} from '../text/sanitize.js';
import type {CommandIo, OutputStream} from './command.js';

/**
 * Whatever a command prints passes here: feed text (already clean), but also what never went through the feed
 * sanitizer — a config key or topic name edited by hand, an argument echoed in an error (a file name from an archive,
 * `lagebild analyze *`). A terminal acts on an OSC in any of them (a window title, the clipboard, a link).
 */
function safeStream(stream: OutputStream): OutputStream {
	return {
		write: (text: string) => stream.write(sanitizePrinted(text)),
		get isTTY() {
			return stream.isTTY;
		},
		get columns() {
			return stream.columns;
		},
	};
}

export function terminalSafeIo(io: CommandIo): CommandIo {
	return {...io, stdout: safeStream(io.stdout), stderr: safeStream(io.stderr)};
}
