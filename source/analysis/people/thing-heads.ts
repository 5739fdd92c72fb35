// Last words of the names of things, not people: laws, events, works, products, places of an event (as data).

/**
 * Heads that end the name of a law, an event, a work, a device or a product ("CHIPS Act", "Subway Series", "James Webb
 * Space Telescope", "Pixel Tablet", "Microsoft Account"). Names of people end in such a word rarely; those that do open
 * with a given name, which the rules check first; heads that are frequent surnames too ('law', 'day', 'song', 'book',
 * 'land', 'place') are left out, as the given-name list cannot know every first name ("Jude Law", "Linda Song").
 * English words, read in German texts too (German technology news writes product names in English).
 */
export const thingHeadsEn: readonly string[] = [
	// laws, plans, agreements
	'act', 'acts', 'bill', 'plan', 'treaty', 'accord', 'accords', 'agreement', 'doctrine', 'amendment', 'directive', 'regulation',
	// events, seasons, contests
	'series', 'games', 'olympics', 'championship', 'championships', 'cup', 'open', 'marathon', 'derby', 'bowl', 'festival',
	'fest', 'awards', 'award', 'prize', 'summit', 'conference', 'expo', 'season', 'spring', 'war', 'crisis',
	'revolution', 'trial', 'election', 'elections', 'primary', 'primaries', 'debate', 'hearing', 'speech', 'address',
	// works, shows, formats
	'show', 'film', 'movie', 'album', 'novel', 'episode', 'edition', 'podcast', 'witch', 'brother', 'item', 'items',
	'snapshots', 'framework', 'index', 'protocol', 'model', 'account', 'directory', 'update', 'version', 'release',
	// devices, vehicles, products, places of an event
	'tablet', 'phone', 'laptop', 'rover', 'rocket', 'telescope', 'station', 'satellite', 'vaccine', 'zone', 'stage', 'arena',
	'stadium', 'fractures', 'vinegar', 'fir', 'maple', 'nettle', 'daisy', 'engine', 'app', 'console',
	// moves and set pieces named after a player ("the Eriksen corner", "the Cruyff turn")
	'corner', 'turn', 'kick',
];

/**
 * German heads of such names, also as the end of a compound ("Lieferkettengesetz", "Klimagipfel", "Europameisterschaft").
 * Long enough not to end surnames ("Kriegel" does not end in "krieg": compounds are matched on whole heads).
 */
export const thingHeadsDe: readonly string[] = [
	'gesetz', 'abkommen', 'vertrag', 'verordnung', 'richtlinie', 'gipfel', 'konferenz', 'wahl', 'wahlen', 'krieg', 'krise', 'programm',
	'projekt', 'paket', 'reform', 'urteil', 'verfahren', 'prozess', 'turnier', 'meisterschaft', 'pokal', 'festival', 'messe', 'serie',
	'spiele', 'modell', 'modelle', 'version', 'konto', 'protokoll', 'impfstoff', 'vakzin', 'rakete', 'station', 'sonde', 'zone',
];
