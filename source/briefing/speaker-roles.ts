// Each speaker's one role in a story: the briefing builder writes it on every quote, so every view reads one field.

import type {BriefingQuote, Story} from '../model/briefing.js';

/** Who a story or one article lists and quotes, as far as the roles are read from them. */
interface Said {
	people: ReadonlyArray<{name: string; role: string}>;
	quotes: ReadonlyArray<{speaker: string; role: string}>;
}

/**
 * The people list's role, else the first a quote of theirs names. A role is found in the sentence of one quote ("the
 * US president says"), so six quotes of one person read "Donald Trump — US president" on two and plain "Donald Trump"
 * on four, and the people row had none (walk 12 #238): one person, one role per story. A quote's own role goes first.
 */
export function speakerRoles(story: Said): Map<string, string> {
	const roles = new Map<string, string>();
	for (const person of story.people) {
		if (person.role) {
			roles.set(person.name, person.role);
		}
	}

	for (const quote of story.quotes) {
		if (quote.speaker && quote.role && !roles.has(quote.speaker)) {
			roles.set(quote.speaker, quote.role);
		}
	}

	return roles;
}

/**
 * The role to show beside a speaker's words in `story`: the one their own sentence names, else their one story role.
 * A built story's quotes carry it already (withStoryRoles), so over one this gives back each quote's role; it serves
 * stories made by hand and briefings stored by older builds; over one article's analysis, the People window's quotes.
 */
export function storyRoleOf(story: Said): (speaker: string, ownRole: string) => string {
	const roles = speakerRoles(story);
	return (speaker, ownRole) => ownRole || roles.get(speaker) || '';
}

/** The story's quotes with each one's role filled as storyRoleOf gives it (review V17 #4: `brief --format json` printed ''). */
export function withStoryRoles(story: Pick<Story, 'people' | 'quotes'>): BriefingQuote[] {
	const roleOf = storyRoleOf(story);
	return story.quotes.map((quote) => {
		const role = quote.speaker ? roleOf(quote.speaker, quote.role) : quote.role;
		return role === quote.role ? quote : {...quote, role};
	});
}
