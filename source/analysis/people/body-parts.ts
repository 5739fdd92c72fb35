// One body's name that an article's people list holds in two parts, joined again by the short form that names it whole.

import type {Person} from '../../model/quote.js';
import type {MentionAt} from './list-evidence.js';

// Words that join the two parts of a body's name: "Deutsche Gesellschaft für Auswärtige Politik", "Bank of England".
const connectors = ['für', 'for', 'of'];

/** The capitals of a short form ("DGAP", "DoD" → "DD"). */
function capitals(shortForm: string): string {
	return (shortForm.match(/\p{Lu}/gu) ?? []).join('');
}

/** The first letters of a name's capitalised words, as a short form is made of them. */
function initials(name: string): string {
	return name
		.split(/\s+/u)
		.filter((word) => /^\p{Lu}/u.test(word))
		.map((word) => word[0]!)
		.join('');
}

/**
 * Bodies whose name ends in a short form ("Auswärtige Politik (DGAP)") and whose every mention follows another body of
 * the list and a joining word ("der Deutschen Gesellschaft für Auswärtige Politik (DGAP)"), where the short form's
 * capitals are the initials of both parts: one body, listed once under the whole name, the first part's entry gone.
 * The short form is the evidence: two bodies side by side ("Bank of America") are joined only when it names both.
 */
export function joinShortFormParts(people: Person[], mentions: ReadonlyMap<Person, readonly MentionAt[]>, text: string): Person[] {
	const gone = new Set<Person>();
	for (const tail of people) {
		const short = /\s\(([\p{L}\d.&-]{2,10})\)$/u.exec(tail.name);
		const at = mentions.get(tail) ?? [];
		if (tail.kind !== 'organisation' || !short || at.length === 0) continue;
		const wanted = capitals(short[1]!);
		const core = tail.name.slice(0, short.index);
		let head: {person: Person; connector: string} | undefined;
		for (const {position} of at) {
			const before = text.slice(Math.max(0, position - 80), position).trimEnd();
			const connector = connectors.find((word) => before.endsWith(` ${word}`));
			const lead = connector === undefined ? '' : before.slice(0, before.length - connector.length).trimEnd();
			const found = connector === undefined ? undefined : people.find((other) => other !== tail && other.kind === 'organisation' && !gone.has(other)
				&& [other.name, ...other.aliases].some((written) => lead.endsWith(written) && initials(written) + initials(core) === wanted));
			if (!found || (head && head.person !== found)) {
				head = undefined;
				break;
			}
			head = {person: found, connector: connector!};
		}
		if (!head) continue;
		const whole = `${head.person.name} ${head.connector} ${tail.name}`;
		tail.aliases = [...new Set([tail.name, ...tail.aliases, head.person.name, ...head.person.aliases])].filter((alias) => alias !== whole);
		tail.name = whole;
		tail.role ||= head.person.role;
		gone.add(head.person);
	}
	return gone.size === 0 ? people : people.filter((person) => !gone.has(person));
}
