// Other names of well-known bodies (as data): the name a newsroom uses for a ministry, lower case, to the body's key.

/**
 * A metonym or nickname → the key bodyKey gives the body's own name. Only names that mean one body wherever they stand
 * ("the Pentagon" is the US Department of Defense); a short form in brackets after a name needs no entry.
 */
export const bodyAliases: Readonly<Record<string, string>> = {
	pentagon: 'department of defense',
	dod: 'department of defense',
	'state department': 'department of state',
	'foggy bottom': 'department of state',
	kremlin: 'kremlin',
	kreml: 'kremlin',
	'white house': 'white house',
	'weißes haus': 'white house',
	'downing street': 'downing street',
	'no 10': 'downing street',
	'number 10': 'downing street',
	élysée: 'élysée',
	elysee: 'élysée',
	'élysée-palast': 'élysée',
	'bundeskanzleramt': 'kanzleramt',
	kanzleramt: 'kanzleramt',
};
