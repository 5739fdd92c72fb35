// The " — role" shown after a speaker's name, left out when the name already says it.

import {sanitizeLine} from '../../terminal/sanitize.js';

/** "ein Militärexperte — Militärexperte" or "the US president — US president" says nothing twice: the role only when the name does not contain it. */
export function roleSuffix(name: string, role: string): string {
	if (!role || name.toLowerCase().includes(role.toLowerCase())) {
		return '';
	}

	return ` — ${sanitizeLine(role)}`;
}
