// A title as shown: a feed item with no title at all (an Atom entry of nothing but an id) reads "(no title)", not blank.

import type {Messages} from '../../i18n/index.js';
import {sanitizeLine} from '../../terminal/sanitize.js';

export function shownTitle(title: string, messages: Messages): string {
	const shown = sanitizeLine(title);
	return shown.trim() === '' ? messages.labels.untitled : shown;
}
