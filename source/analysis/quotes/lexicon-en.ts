// English speech verbs, cue words and role nouns, as data for the quote engine.

/** Verb forms of saying ("said", "told", "added"). */
/** Verbs that report speech only with a "that" clause ("showed that", "urged that"), or closing a headline ("…, study finds"). */
export const weakSpeechVerbsEn: readonly string[] = [
	'found', 'finds', 'showed', 'shows', 'revealed', 'reveals', 'indicated', 'indicates', 'believes', 'believed', 'thinks',
	'thought', 'feared', 'fears', 'urged', 'asked', 'accused', 'suggested', 'suggests', 'agreed', 'estimated', 'promised',
	'continued', 'reported', 'reports', 'informed', 'maintained', 'maintains', 'observed', 'mentioned', 'declared', 'states',
	// Present plural and base forms ("Critics argue that …", "Experts warn that …"): only with their clause.
	'argue', 'warn', 'insist', 'claim', 'estimate', 'estimates', 'predict', 'predicts', 'allege', 'note', 'stress', 'repeated',
	'repeats', 'admit', 'deny', 'acknowledge', 'confirm', 'recalls', 'concedes', 'contends', 'reiterates', 'commented', 'comments',
	'recommended', 'recommends', 'expects', 'hoped', 'projected', 'calculated', 'ruled',
];

export const speechVerbsEn: readonly string[] = [
	'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained',
	'explains', 'argued', 'argues', 'warned', 'warns', 'insisted', 'insists', 'claimed', 'claims', 'wrote', 'writes', 'posted',
	'announced', 'announces', 'confirmed', 'confirms', 'denied', 'denies', 'acknowledged', 'acknowledges', 'admitted', 'admits',
	'stressed', 'stresses', 'emphasised', 'emphasized', 'asserted', 'asserts', 'replied', 'responded', 'continued', 'concluded',
	'concludes', 'revealed', 'reveals', 'reported', 'reports', 'found', 'finds', 'showed', 'shows', 'reiterated', 'suggested',
	'suggests', 'predicted', 'cautioned', 'recalled', 'remarked', 'observed', 'declared', 'declares', 'maintained', 'maintains',
	'tweeted', 'complained', 'conceded', 'promised', 'pledged', 'vowed', 'agreed', 'estimated', 'believes', 'believed',
	'thinks', 'thought', 'feared', 'fears', 'urged', 'asked', 'accused', 'alleged', 'alleges', 'indicated', 'indicates',
	'testified', 'contended', 'countered', 'signalled', 'signaled', 'mentioned', 'disclosed', 'informed', 'assured', 'conclude',
	'argue', 'warn', 'insist', 'claim', 'estimate', 'estimates', 'predict', 'predicts', 'allege', 'note', 'stress', 'repeated',
	'repeats', 'admit', 'deny', 'acknowledge', 'confirm', 'recalls', 'concedes', 'contends', 'reiterates', 'commented', 'comments',
	// Recommendation, expectation and rulings report a view with their "that" clause ("The panel recommended that …").
	'recommended', 'recommends', 'expects', 'hoped', 'projected', 'calculated', 'ruled',
];

/** Two-word verbs of saying, by their first word and the word that completes them ("pointed out that", "made clear that"). */
export const phrasalSpeechVerbsEn: Readonly<Record<string, readonly string[]>> = {
	pointed: ['out'], points: ['out'], point: ['out'], made: ['clear'], makes: ['clear'], make: ['clear'],
};

/** Verbs that frame a quoted fragment as someone's words ("called it …", "described … as"). */
export const framingVerbsEn: readonly string[] = [
	'called', 'calling', 'calls', 'call', 'described', 'describing', 'describes', 'branded', 'labelled', 'labeled', 'dubbed',
	'termed', 'hailed', 'praised', 'slammed', 'criticised', 'criticized', 'conclude', 'concluding', 'spoke', 'speaking', 'referred',
	'questioned', 'dismissed', 'decried', 'condemned', 'welcomed', 'considered', 'deemed',
	// Verbs of charging and comparing: "accused the chancellor of using 'fancy statistics'", "compared the tactics to '…'".
	'accused', 'accuses', 'accusing', 'compared', 'compares', 'comparing', 'likened', 'likens', 'mocked', 'ridiculed',
	// Headline verbs that put words in someone's mouth: "Biden vows 'swift response'". Not "defends"/"rejects":
	// their quoted object is mostly a label ("defends 'Obamacare'").
	'vows', 'vowed', 'pledges', 'pledged', 'promises', 'promised', 'urges', 'urged', 'demands', 'demanded', 'admits', 'denies',
	'insists', 'promise', 'vow', 'pledge',
	// Thanking someone for "…": the words are the judgement of whoever thanks.
	'thanked', 'thanks', 'thanking', 'lauded', 'commended',
];

export const termMarkersEn: readonly string[] = ['so-called', 'so called', 'dubbed', 'known as', 'nicknamed', 'titled', 'entitled', 'headlined', 'labelled', 'labeled', 'branded', 'written', 'marked', 'reading', 'slogan', 'sign', 'term', 'word', 'words', 'phrase', 'phrases', 'hashtag', 'name', 'feature'];

export const titleNounsEn: readonly string[] = ['newspaper', 'magazine', 'paper', 'daily', 'film', 'movie', 'show', 'series', 'book', 'novel', 'album', 'song', 'operation', 'campaign', 'programme', 'program', 'project', 'podcast', 'play', 'documentary', 'column', 'channel', 'app', 'website', 'party', 'initiative', 'group', 'tab', 'button', 'section'];

/** Epithets news use for someone just named ("the 43-year-old said", "the former champion told reporters"): role nouns too. */
export const epithetNounsEn: readonly string[] = [
	'year-old', 'champion', 'winner', 'striker', 'midfielder', 'defender', 'goalkeeper', 'victim', 'suspect',
	'defendant', 'billionaire', 'tycoon', 'rapper', 'comedian', 'presenter', 'filmmaker', 'novelist', 'poet', 'footballer',
	'cricketer', 'batsman', 'boxer', 'swimmer', 'runner', 'cyclist', 'golfer', 'skier', 'mother', 'father', 'fan',
];

/** Descriptions of know-how anyone may carry besides their job ('the expert'); public offices excepted (publicOfficesEn). */
export const describerNounsEn: readonly string[] = ['expert', 'specialist', 'insider'];

/** Nouns of a field of work, which anyone in it is besides an office ("the politician", "the researcher"). */
export const fieldNounsEn: readonly string[] = [
	'politician', 'researcher', 'scientist', 'economist', 'historian', 'journalist', 'author', 'lawyer', 'physician'];

/** Public offices: their holders are called by the office, not 'the expert'. */
export const publicOfficesEn: readonly string[] = ['president', 'minister', 'chancellor', 'secretary', 'senator', 'governor', 'mayor', 'king', 'queen', 'pope', 'premier', 'congressman', 'lawmaker', 'mp', 'ambassador', 'general', 'commissioner'];

export const roleNounsEn: readonly string[] = [
	// Firms appointed to run an insolvent company speak as its administrators.
	'administrator', 'administrators', 'liquidator', 'liquidators',
	'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president', 'secretary', 'chief', 'director', 'official', 'officials',
	'adviser', 'advisor', 'ambassador', 'envoy', 'expert', 'analyst', 'professor', 'lawyer', 'attorney', 'correspondent', 'editor',
	'editor-in-chief', 'manager', 'chancellor', 'governor', 'senator', 'mayor', 'general', 'commander', 'leader', 'head', 'chairman',
	'chairwoman', 'chair', 'ceo', 'founder', 'economist', 'researcher', 'scientist', 'photographer', 'cameraman', 'journalist',
	'reporter', 'prosecutor', 'judge', 'representative', 'lawmaker', 'premier', 'secretary-general', 'doctor', 'resident', 'witness',
	'activist', 'critic', 'officer', 'soldier', 'driver', 'deputy', 'aide', 'executive', 'strategist', 'historian', 'diplomat',
	'negotiator', 'coach', 'captain', 'candidate', 'king', 'queen', 'pope', 'bishop', 'investigator', 'analysts', 'experts',
	'spokespeople', 'man', 'woman', 'source', 'sources', 'forecaster', 'meteorologist', 'owner', 'worker', 'teacher', 'student', 'nurse', 'physician', 'engineer', 'author', 'writer', 'producer',
	'dealer', 'farmer', 'pilot', 'firefighter', 'paramedic', 'survivor', 'neighbour', 'neighbor', 'passenger', 'singer', 'actor',
	'actress', 'player', 'athlete', 'musician', 'artist', 'businessman', 'businesswoman', 'entrepreneur', 'surgeon', 'scholar',
	'academic', 'commissioner', 'sheriff', 'detective', 'inspector', 'constable', 'marshal', 'veteran', 'councillor', 'councilman',
	'congressman', 'congresswoman', 'mp', 'peer', 'campaigner', 'protester', 'organiser', 'organizer', 'shopkeeper', 'landlord', 'tenant',
	'principal', 'headteacher', 'headmaster', 'headmistress', 'superintendent', 'dean', 'provost', 'rector', 'pastor', 'rabbi',
	'imam', 'priest', 'vicar', 'archbishop', 'cardinal', 'coroner', 'auditor', 'ombudsman',
	...epithetNounsEn,
];

export const functionWordsEn: readonly string[] = [
	'the', 'a', 'an', 'and', 'but', 'or', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'of', 'for', 'from',
	'with', 'by', 'as', 'after', 'before', 'since', 'this', 'that', 'these', 'those', 'there', 'its', 'his', 'her', 'their', 'our',
	'my', 'your', 'according', 'however', 'while', 'when', 'if', 'although', 'also', 'what', 'which', 'who', 'why', 'how', 'where',
	'under', 'over', 'about', 'into', 'to', 'some', 'many', 'most', 'all', 'both', 'neither', 'either', 'no', 'not', 'asked',
	'speaking', 'just', 'only', 'even', 'yet', 'still', 'then', 'now', 'here', 'monday', 'tuesday', 'wednesday', 'thursday',
	'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
	'october', 'november', 'december', 'last', 'next', 'several', 'one', 'two', 'three', 'about', 'around', 'full', 'meanwhile',
	'earlier', 'later', 'separately', 'instead', 'despite', 'during', 'among', 'between', 'until', 'unless', 'because', 'so',
	'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

export const determinersEn: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'another', 'one'];
export const indefiniteDeterminersEn: readonly string[] = ['a', 'an', 'another', 'one'];

export const pronounsEn: Readonly<Record<string, 'male' | 'female' | 'any' | 'organisation'>> = {he: 'male', she: 'female', it: 'organisation'};

export const complementizersEn: readonly string[] = ['that'];

export const impersonalCuesEn: readonly string[] = ['it is said', 'it was said', 'reportedly'];

export const groupSpeakersEn: readonly string[] = ['many', 'some', 'others', 'critics', 'officials', 'experts', 'analysts', 'all', 'both', 'observers', 'residents', 'witnesses', 'more', 'most', 'several', 'few',
	// Bodies named without an article ('police said', 'according to police', 'authorities said').
	'police', 'authorities', 'prosecutors', 'investigators'];

export const subordinatorsEn: readonly string[] = ['that', 'which', 'who', 'whom', 'whose', 'if', 'because', 'when', 'while', 'although', 'whether'];

export const statementNounsEn: readonly string[] = ['statement', 'statements', 'memo', 'report', 'post', 'letter', 'release', 'figures', 'data', 'estimates', 'documents', 'records', 'research'];

export const organisationNounsEn: readonly string[] = ['alliance', 'institute', 'organisation', 'organization', 'company', 'firm', 'agency', 'ministry', 'department', 'government', 'party', 'group', 'union', 'association', 'bank', 'court', 'commission', 'foundation', 'army', 'military', 'police', 'network', 'broadcaster', 'newspaper', 'club', 'team', 'bureau', 'council', 'committee', 'institution', 'charity', 'campaign', 'corp', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'board', 'authority', 'office', 'service', 'forces', 'trust', 'fund', 'university', 'hospital', 'corps', 'regulator', 'watchdog', 'international', 'watch', 'coalition', 'federation', 'league', 'society', 'centre', 'center', 'movement', 'administration',
	// Kinds of company that news use to refer back to one named before ("Boeing … The planemaker said").
	'carmaker', 'automaker', 'planemaker', 'chipmaker', 'drugmaker', 'retailer', 'insurer', 'lender', 'airline', 'manufacturer',
	'supplier', 'operator', 'startup', 'conglomerate', 'publisher', 'carrier', 'broadcaster', 'utility'];

/** Pronouns that tell a person's gender when they follow the name ("Maria Lopez and her rival"). */
export const genderedPronounsEn: Readonly<Record<string, 'male' | 'female'>> = {he: 'male', his: 'male', him: 'male', himself: 'male', she: 'female', her: 'female', hers: 'female', herself: 'female'};

/** Documents whose words are their author's ("the report said" → whoever wrote the report). */
export const documentNounsEn: readonly string[] = ['report', 'study', 'memo', 'analysis', 'survey', 'review', 'investigation', 'inquiry', 'audit', 'assessment', 'paper', 'document', 'letter', 'statement', 'findings', 'poll', 'filing', 'complaint', 'lawsuit', 'indictment'];

/*
 * What kind of name a speaker's or a mention's name is (people/name-kind.ts): states and seats of government speak as
 * bodies ("Russia said", "the Pentagon said"); regions, group nouns and nationality words are no name of anyone.
 */

/** States and countries as English news name them (a state that speaks is a body, never a person). */
export const statesEn: readonly string[] = [
	'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain', 'bangladesh',
	'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'great britain', 'bulgaria', 'cambodia', 'canada', 'chile', 'china',
	'colombia', 'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark', 'ecuador', 'egypt', 'estonia', 'ethiopia', 'finland',
	'france', 'georgia', 'germany', 'ghana', 'greece', 'greenland', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland',
	'israel', 'italy', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'latvia', 'lebanon', 'libya', 'lithuania',
	'luxembourg', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia', 'montenegro', 'morocco', 'myanmar', 'nepal', 'netherlands',
	'new zealand', 'nigeria', 'north korea', 'south korea', 'korea', 'north macedonia', 'norway', 'oman', 'pakistan', 'palestine', 'panama',
	'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia', 'saudi arabia', 'serbia', 'singapore', 'slovakia',
	'slovenia', 'somalia', 'south africa', 'spain', 'sri lanka', 'sudan', 'south sudan', 'sweden', 'switzerland', 'syria', 'taiwan',
	'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'türkiye', 'turkmenistan', 'uganda', 'ukraine', 'united arab emirates',
	'uae', 'united kingdom', 'uk', 'u.k', 'united states', 'united states of america', 'us', 'u.s', 'usa', 'uruguay', 'uzbekistan',
	'vatican', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'scotland', 'wales', 'england', 'northern ireland', 'catalonia',
	// States of federations that speak as bodies ("Texas sued", "California said").
	'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii', 'idaho',
	'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota',
	'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina',
	'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas',
	'utah', 'vermont', 'virginia', 'west virginia', 'wisconsin', 'wyoming', 'ontario', 'quebec', 'alberta', 'british columbia', 'bavaria',
	'gauteng', 'queensland', 'victoria', 'new south wales',
];

/** Places that stand for a government ("Downing Street said", "the Kremlin said"). */
export const governmentSeatsEn: readonly string[] = ['pentagon', 'kremlin', 'white house', 'downing street', 'number 10', 'no 10', 'whitehall', 'elysee', 'élysée', 'elysee palace', 'capitol hill', 'quai d\'orsay', 'foggy bottom', 'holyrood', 'stormont', 'westminster', 'beijing', 'moscow', 'washington', 'kyiv', 'kiev', 'tehran', 'brussels'];

/** Regions and areas: places, never anyone's name ("Middle East", "Gaza Strip"). */
export const regionsEn: readonly string[] = [
	'middle east', 'near east', 'far east', 'gaza strip', 'west bank', 'gaza', 'balkans', 'caucasus', 'sahel', 'arctic', 'antarctic',
	'europe', 'asia', 'africa', 'america', 'north america', 'south america', 'latin america', 'central america', 'oceania', 'scandinavia',
	'eastern europe', 'western europe', 'central europe', 'southeast asia', 'south asia', 'central asia', 'east asia', 'asia pacific', 'asia-pacific',
	'persian gulf', 'gulf', 'mediterranean', 'black sea', 'red sea', 'baltic', 'baltics', 'pacific', 'atlantic', 'indian ocean',
	'donbas', 'donbass', 'crimea', 'kashmir', 'sinai', 'golan heights', 'silicon valley', 'wall street', 'main street',
];

/** Large cities that are no seat of government: places, never anyone's name ("Los Angeles", "São Paulo"). */
export const citiesEn: readonly string[] = [
	'new york city', 'los angeles', 'san francisco', 'las vegas', 'chicago', 'houston', 'philadelphia', 'boston', 'miami', 'seattle',
	'atlanta', 'detroit', 'dallas', 'toronto', 'montreal', 'vancouver', 'mexico city', 'são paulo', 'sao paulo', 'rio de janeiro',
	'buenos aires', 'lagos', 'johannesburg', 'cape town', 'nairobi', 'cairo', 'istanbul', 'dubai', 'mumbai', 'delhi', 'new delhi',
	'shanghai', 'hong kong', 'tokyo', 'osaka', 'seoul', 'sydney', 'melbourne', 'birmingham', 'glasgow',
	'edinburgh', 'frankfurt', 'cologne', 'tel aviv', 'jerusalem', 'gaza city', 'kharkiv', 'brooklyn', 'manchester', 'liverpool',
	'odesa', 'odessa', 'mosul', 'aleppo', 'beirut', 'baghdad',
];

/** Last words of a place's name ("Huaral Valley", "Angel Island", "Kent Street", "Salt Lake City"). */
export const placeNounsEn: readonly string[] = ['city', 'town', 'village', 'valley', 'island', 'islands', 'bay', 'river', 'lake', 'mountains', 'mountain', 'strip', 'street', 'road', 'avenue', 'square', 'coast', 'peninsula', 'desert', 'sea', 'ocean', 'park', 'heights', 'hills', 'beach'];

/** Plural nouns for groups of people: who they are, not anyone's name ("scientists", "lawmakers", "Mosul residents"). */
export const groupNounsEn: readonly string[] = [
	'people', 'persons', 'scientists', 'researchers', 'lawmakers', 'legislators', 'officials', 'authorities', 'hosts', 'watchers', 'residents',
	'citizens', 'voters', 'fans', 'critics', 'experts', 'analysts', 'observers', 'witnesses', 'protesters', 'protestors', 'demonstrators',
	'activists', 'doctors', 'economists', 'investors', 'traders', 'users', 'students', 'parents', 'workers', 'employees', 'members',
	'supporters', 'opponents', 'sources', 'insiders', 'diplomats', 'leaders', 'locals', 'villagers', 'farmers', 'families', 'relatives',
	'friends', 'ex-friends', 'neighbours', 'neighbors', 'mediators', 'negotiators', 'organisers', 'organizers', 'campaigners', 'teachers',
	'nurses', 'patients', 'victims', 'survivors', 'refugees', 'migrants', 'soldiers', 'troops', 'rebels', 'militants', 'children',
	'women', 'men', 'others', 'many', 'some', 'hundreds', 'thousands', 'dozens', 'millions', 'team', 'staff', 'crowd', 'audience',
];

/** Nationality words and their plurals: a people or an adjective, never one person's name ("Austrian", "Americans"). */
export const demonymsEn: readonly string[] = [
	'american', 'british', 'briton', 'english', 'scottish', 'welsh', 'irish', 'french', 'german', 'austrian', 'swiss', 'italian', 'spanish',
	'portuguese', 'dutch', 'belgian', 'danish', 'swedish', 'norwegian', 'finnish', 'polish', 'czech', 'slovak', 'hungarian', 'romanian',
	'bulgarian', 'greek', 'turkish', 'russian', 'ukrainian', 'belarusian', 'georgian', 'armenian', 'israeli', 'palestinian', 'lebanese',
	'syrian', 'iraqi', 'iranian', 'afghan', 'pakistani', 'indian', 'chinese', 'japanese', 'korean', 'vietnamese', 'thai', 'filipino',
	'indonesian', 'australian', 'canadian', 'mexican', 'brazilian', 'argentine', 'argentinian', 'colombian', 'venezuelan', 'peruvian',
	'chilean', 'cuban', 'egyptian', 'saudi', 'qatari', 'emirati', 'yemeni', 'kenyan', 'nigerian', 'ethiopian', 'sudanese', 'somali',
	'european', 'asian', 'african', 'arab', 'western', 'eastern', 'kremlin-installed', 'asian american', 'chinese american',
];

/** Heads of bodies' names beyond organisationNounsEn, for the people list only: outlets, carriers, parties ("Financial Times", "British Airways", "Tories"). */
export const bodyWordsEn: readonly string[] = [
	'times', 'post', 'news', 'journal', 'herald', 'guardian', 'telegraph', 'tribune', 'gazette', 'radio', 'tv', 'press', 'media', 'digital',
	'globe', 'inquirer', 'television', 'weekly', 'daily', 'wire', 'magazine', 'business', 'finance', 'today', 'examiner', 'chronicle',
	'project', 'initiative', 'institute', 'school', 'college', 'academy', 'museum', 'library', 'wireless', 'telecom', 'motors', 'pharma',
	'airways', 'airlines', 'airport', 'railway', 'railways', 'holdings', 'group', 'industries', 'technologies', 'systems', 'solutions',
	'partners', 'capital', 'securities', 'economics', 'consulting', 'labs', 'studios', 'games', 'records', 'entertainment',
	'force', 'house', 'county', 'parliament', 'congress', 'senate', 'cabinet', 'assembly', 'nations', 'union', 'command', 'navy', 'guard',
	'democrats', 'republicans', 'tories', 'conservatives', 'labour', 'liberals', 'greens', 'socialists', 'caucus', 'communications',
];

/** Days and months: capitalised, never anyone's name ("Thursday", "March"); 'may' and 'august' are left out (names too). */
export const calendarNamesEn: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'september', 'october', 'november', 'december'];

/**
 * Bodies news quote by a one-word name that tells nothing of its kind ("Nato said", "Amazon said"): international
 * organisations, armed groups, central banks and the largest companies and outlets. Names, so read in any language.
 */
export const knownBodiesEn: readonly string[] = [
	'nato', 'un', 'unicef', 'unesco', 'unhcr', 'unrwa', 'who', 'wto', 'imf', 'opec', 'osce', 'oecd', 'asean', 'brics', 'g7', 'g20', 'interpol',
	'europol', 'frontex', 'fifa', 'uefa', 'ioc', 'hamas', 'hezbollah', 'hizbollah', 'taliban', 'isis', 'houthis', 'fed', 'ecb', 'bundesbank',
	'amazon', 'apple', 'google', 'alphabet', 'meta', 'facebook', 'instagram', 'whatsapp', 'microsoft', 'openai', 'anthropic', 'nvidia', 'intel',
	'tesla', 'spacex', 'twitter', 'tiktok', 'bytedance', 'netflix', 'disney', 'samsung', 'sony', 'nintendo', 'huawei', 'alibaba', 'tencent',
	'boeing', 'airbus', 'volkswagen', 'siemens', 'bmw', 'mercedes-benz', 'toyota', 'shell', 'bp', 'exxonmobil', 'gazprom', 'rosneft', 'pfizer',
	'biontech', 'moderna', 'astrazeneca', 'novartis', 'basf', 'uber', 'airbnb', 'ebay', 'paypal', 'visa', 'mastercard', 'daimler',
	'lufthansa', 'lidl', 'aldi',
	'reuters', 'bloomberg', 'politico', 'axios', 'cnn', 'bbc', 'afp', 'ap', 'dpa', 'tass', 'interfax', 'xinhua', 'al jazeera',
];

/** Legal forms closing a firm's name ("Northvolt AB", "Siemens AG"), matched as a whole word. */
export const legalFormsEn: readonly string[] = ['inc', 'ltd', 'plc', 'llc', 'corp', 'co', 'ag', 'ab', 'se', 'gmbh', 'asa', 'oyj', 'nv', 'sa', 'spa', 'bv'];

/**
 * Last words of names of natural places and villages ("Lake Village", "Snake River", "Golan Heights"): such a place
 * says nothing. Not "city", "street" or "square", which stand for who governs there ("Downing Street said").
 */
export const silentPlaceHeadsEn: readonly string[] = ['village', 'valley', 'island', 'islands', 'bay', 'river', 'lake', 'mountain', 'mountains', 'peninsula', 'desert', 'sea', 'ocean', 'heights', 'hills', 'beach', 'canyon', 'creek', 'glacier', 'forest'];

/** Descriptions news uses for people it does not name ("a senior official", "a spokesperson"): they stay unnamed. */
export const anonymousSourcesEn: readonly string[] = ['official', 'spokesperson', 'spokesman', 'spokeswoman', 'source', 'diplomat', 'person', 'analyst', 'expert', 'observer', 'witness', 'resident', 'insider', 'aide', 'member', 'employee', 'worker', 'man', 'woman'];

/** Nouns for any kind of body: "the company", "the carmaker" mean the organisation the text was just about, whatever its name. */
export const anyBodyNounsEn: readonly string[] = ['authority', 'carmaker', 'automaker', 'planemaker', 'chipmaker', 'drugmaker', 'retailer', 'insurer', 'lender', 'airline', 'manufacturer', 'supplier', 'operator', 'startup', 'conglomerate', 'publisher', 'carrier', 'company', 'firm', 'organisation', 'organization', 'institute', 'group', 'association', 'agency', 'alliance', 'initiative', 'club', 'team', 'charity', 'network', 'foundation', 'institution'];

/** Words an apostrophe clips at their start ("'cause", "'em", "'twas"): a paragraph opening with one opens no quote. */
export const elidedOpeningsEn: readonly string[] = ['cause', 'cos', 'coz', 'em', 'tis', 'twas', 'til', 'till', 'bout', 'n', 'round', 'ere'];
