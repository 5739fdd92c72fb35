// The UI's last line of defence: every feed-derived string passes through here at render time.

import {sanitizeLine as sanitizeOneLine, sanitizeText} from '../../text/sanitize.js';

/** Feed text without escape sequences or control characters; keeps line breaks, tabs become spaces. */
export function sanitize(text: string): string {
	return sanitizeText(text).replaceAll('\t', '  ');
}

/** For one-line places (titles, list rows): all whitespace runs become one space. */
export function sanitizeLine(text: string): string {
	return sanitizeOneLine(text);
}
