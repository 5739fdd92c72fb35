// The terminal's last line of defence: every feed-derived string passes through here before the app draws it or a command prints it.

import {sanitizeLine as sanitizeOneLine, sanitizeText} from '../text/sanitize.js';

/**
 * Emoji skin-tone modifiers (U+1F3FB–U+1F3FF). string-width (and so Ink's layout) counts "👍🏽" 2 cells; tmux 3.3 and
 * terminals that go by wcwidth (VTE, xterm, alacritty) draw 4, so a row holding one ran 2 cells past the terminal's
 * edge. Without the modifier the emoji is 2 cells everywhere. (ZWJ sequences are split by sanitizeText for the same
 * reason: 2 cells in kitty, WezTerm, iTerm2 and tmux 3.3, 6 in VTE and xterm; apart, every emoji is 2 everywhere.)
 */
const skinTone = /\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF}/gu;

function withoutSkinTones(text: string): string {
	// Their UTF-16 form starts with this high surrogate: most text is not searched at all.
	return text.includes('\uD83C') ? text.replace(skinTone, '') : text;
}

/** Feed text without escape sequences or control characters; keeps line breaks, tabs become spaces. */
export function sanitize(text: string): string {
	return withoutSkinTones(sanitizeText(text)).replaceAll('\t', '  ');
}

/** For one-line places (titles, list rows): all whitespace runs become one space. */
export function sanitizeLine(text: string): string {
	return withoutSkinTones(sanitizeOneLine(text));
}
