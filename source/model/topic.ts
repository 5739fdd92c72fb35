// A topic as configured: a name and the words that put an article under it.

export interface TopicDefinition {
	name: string;
	/** Terms in any language; matched on word boundaries with light inflection and compound handling. */
	terms: string[];
	/** Named entities that imply the topic (people, places, organisations), with their aliases. */
	entities?: string[];
}
