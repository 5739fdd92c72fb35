// Common given names with the gender they usually tell, and titles and kinship words that tell a person's gender, as data.

/** Given names read as male (English, German and other names frequent in international news). */
export const maleGivenNames: readonly string[] = [
	// Frequent English and Central European given names that are no common words ('Dawn', 'Holly', 'Dean' are left out).
	'radek', 'jakub', 'tomas', 'ondrej', 'marek', 'yotam', 'ethan', 'liam', 'noah', 'dylan', 'jayden', 'tyler', 'brandon', 'connor', 'callum', 'harvey', 'alfie', 'archie', 'theo', 'reece', 'declan', 'craig', 'darren', 'gareth', 'shane', 'ryan', 'sean', 'keith', 'barry', 'gavin', 'nigel', 'stuart', 'trevor', 'clive',
	'aaron', 'adam', 'alan', 'albert', 'alexander', 'alexei', 'andreas', 'andrew', 'andrzej', 'andrij', 'andriy', 'anthony', 'antony',
	'armin', 'arnold', 'benjamin', 'bernd', 'bill', 'bob', 'boris', 'brian', 'bruce', 'carl', 'carlos', 'charles', 'christian',
	'christoph', 'christopher', 'claus', 'daniel', 'david', 'dennis', 'dieter', 'dmitri', 'dmitry', 'dmitrij', 'donald', 'douglas', 'edward',
	'emmanuel', 'eric', 'erik', 'felix', 'florian', 'frank', 'franz', 'friedrich', 'gary', 'george', 'georg', 'gerhard', 'gregor', 'günter',
	'günther', 'hans', 'harald', 'harry', 'heiko', 'heinrich', 'heinz', 'helmut', 'henry', 'herbert', 'horst', 'hubert', 'ian', 'igor', 'ivan',
	'jack', 'jacob', 'james', 'jan', 'jason', 'jeff', 'jeffrey', 'jens', 'jim', 'joachim', 'joe', 'johann', 'johannes', 'john', 'jonas',
	'jonathan', 'jörg', 'josef', 'joseph', 'jürgen', 'justin', 'karl', 'keir', 'kevin', 'klaus', 'kurt', 'lars', 'leon', 'lukas', 'lutz',
	'manfred', 'marco', 'marcus', 'mark', 'markus', 'martin', 'matthew', 'matthias', 'max', 'michael', 'mike', 'mohammed', 'muhammad',
	'nicholas', 'nick', 'nicolas', 'norbert', 'olaf', 'oliver', 'patrick', 'paul', 'pete', 'peter', 'philip', 'philipp', 'pierre',
	'ralf', 'ralph', 'richard', 'robert', 'roger', 'roland', 'ron', 'ronald', 'rudolf', 'samuel', 'scott', 'sebastian',
	'sergei', 'sergey', 'simon', 'stefan', 'stephan', 'stephen', 'steve', 'steven', 'sven', 'thomas', 'tim', 'timothy', 'tobias', 'tom', 'tony',
	'uwe', 'viktor', 'vladimir', 'volker', 'walter', 'werner', 'wilhelm', 'william', 'wladimir', 'wolfgang', 'wolodymyr', 'volodymyr', 'xi',
	'yuri', 'juri', 'ahmed', 'ali', 'hassan', 'omar', 'benjamin', 'recep', 'narendra', 'jair', 'luiz', 'javier', 'pedro', 'giorgio', 'mario',
];

/** Given names read as female. */
export const femaleGivenNames: readonly string[] = [
	// Frequent English and Central European given names that are no common words ('Dawn', 'Holly', 'Dean' are left out).
	'abby', 'abigail', 'tessa', 'chloe', 'zoey', 'megan', 'ellie', 'amelia', 'kirsty', 'gemma', 'leah', 'naomi', 'molly', 'freya', 'bethany', 'lauren', 'kayla', 'brooke', 'paige', 'brittany', 'courtney', 'whitney', 'tiffany', 'lindsay', 'stacey', 'tracy', 'joanne', 'mandy', 'debbie', 'kylie', 'jenna', 'tara', 'gina', 'evie', 'phoebe', 'imogen', 'harriet', 'katie',
	'alice', 'amanda', 'amy', 'andrea', 'angela', 'anita', 'anja', 'ann', 'anna', 'annalena', 'anne', 'annette', 'antje', 'barbara',
	'beate', 'birgit', 'brigitte', 'carla', 'carmen', 'caroline', 'catherine', 'charlotte', 'christina', 'christine', 'claudia',
	'cornelia', 'diana', 'doris', 'elena', 'elisabeth', 'elizabeth', 'ellen', 'emily', 'emma', 'eva', 'franziska', 'gabriele', 'giorgia',
	'hannah', 'heike', 'helen', 'helga', 'hillary', 'ilse', 'ines', 'ingrid', 'irina', 'jacqueline', 'jane', 'janet', 'jennifer', 'jessica',
	'jill', 'joan', 'julia', 'julie', 'karin', 'kate', 'katharina', 'katherine', 'kathrin', 'katja', 'katrin', 'kamala', 'karen', 'kristina',
	'laura', 'lea', 'lena', 'linda', 'lisa', 'liz', 'louise', 'lucy', 'manuela', 'margaret', 'maria', 'marie', 'marina', 'marine', 'martina',
	'mary', 'melanie', 'michelle', 'monika', 'nadine', 'nancy', 'natalia', 'natalie', 'nicola', 'nicole', 'olga', 'olena', 'patricia',
	'petra', 'rachel', 'rebecca', 'renate', 'ricarda', 'rita', 'rosa', 'ruth', 'sabine', 'sahra', 'sandra', 'sara', 'sarah', 'saskia',
	'silke', 'silvia', 'simone', 'sophie', 'stefanie', 'susan', 'susanne', 'svenja', 'tanja', 'theresa', 'ulla', 'ursula', 'ute',
	'valerie', 'vanessa', 'victoria', 'yulia', 'julija', 'zoe', 'nina', 'ella', 'grace', 'olivia', 'sophia', 'mia', 'jasmin', 'fatima',
];

/** Titles before a name that tell the gender ("Mr Smith", "Frau Müller"). */
const titleTable: Readonly<Record<string, 'male' | 'female'>> = {
	mr: 'male', 'mr.': 'male', sir: 'male', lord: 'male', herr: 'male', monsieur: 'male',
	mrs: 'female', 'mrs.': 'female', ms: 'female', 'ms.': 'female', miss: 'female', lady: 'female', dame: 'female', frau: 'female', madame: 'female',
};

/** Titles before a name that tell nothing of the gender and are no part of it ("Dr Anthony Fauci"). */
export const neutralTitles: ReadonlySet<string> = new Set(['dr', 'prof', 'rev', 'rep', 'sen', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cllr', 'supt', 'mag', 'ing', 'cmdr', 'det', 'insp', 'maj', 'adm', 'cpl', 'pvt', 'atty']);

/** Kinship words before a name that tell its gender ("his wife, Anne", "ihr Ehemann Karl"). */
const kinshipTable: Readonly<Record<string, 'male' | 'female'>> = {
	wife: 'female', mother: 'female', daughter: 'female', sister: 'female', widow: 'female', girlfriend: 'female', grandmother: 'female',
	husband: 'male', father: 'male', son: 'male', brother: 'male', widower: 'male', boyfriend: 'male', grandfather: 'male',
	ehefrau: 'female', mutter: 'female', tochter: 'female', schwester: 'female', witwe: 'female', freundin: 'female',
	ehemann: 'male', vater: 'male', sohn: 'male', bruder: 'male', witwer: 'male',
};

/** Maps, not objects: a word such as "constructor" must not find anything. */
export const genderTitles: ReadonlyMap<string, 'male' | 'female'> = new Map(Object.entries(titleTable));
export const kinshipGender: ReadonlyMap<string, 'male' | 'female'> = new Map(Object.entries(kinshipTable));

/** The gender an English role word tells ("spokeswoman", "chairman", "actress"), or "any". */
export function genderOfRoleWord(word: string): 'male' | 'female' | 'any' {
	const lower = word.toLowerCase();
	if (/(?:woman|women|ess|queen|mother|wife|sister|daughter|girl|lady)$/u.test(lower)) return 'female';
	if (/(?:[^o]man|men|king|father|husband|brother|son|boy)$/u.test(lower) && !/(?:german|human|roman|ottoman|woman)$/u.test(lower)) return 'male';
	return 'any';
}

const male = new Set(maleGivenNames);
const female = new Set(femaleGivenNames);

/** The gender a given name tells ("Theresa" → female), or "any". */
export function genderOfGivenName(word: string): 'male' | 'female' | 'any' {
	const lower = word.toLowerCase();
	if (male.has(lower)) return 'male';
	if (female.has(lower)) return 'female';
	return lower.includes('-') ? genderOfDoubleName(lower) : 'any';
}

/** "Marie-Agnes", "Hans-Peter", "Jean-Marie": given names joined by a hyphen are one, of the first one's gender. */
function genderOfDoubleName(lower: string): 'male' | 'female' | 'any' {
	const parts = lower.split('-');
	// The second part may be a given name the list lacks ("Agnes"), but short: a long one ends a compound ("Anna-Verlagshaus").
	if (parts.length !== 2 || !(male.has(parts[0]!) || female.has(parts[0]!)) || !/^\p{L}{2,8}$/u.test(parts[1]!)) return 'any';
	return male.has(parts[0]!) ? 'male' : 'female';
}

/** The gender a full name's first word tells, or "any" when it is no known given name (or a single word). */
export function genderOfName(name: string): 'male' | 'female' | 'any' {
	const words = name.trim().split(/\s+/u);
	if (words.length < 2) return 'any';
	return genderOfGivenName(words[0]!);
}
