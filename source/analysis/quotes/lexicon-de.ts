// German speech verbs, cue words, role nouns and Konjunktiv forms, as data for the quote engine.

/** Finite forms and participles of verbs of saying that need no particle. */
export const speechVerbsDe: readonly string[] = [
	'sagt', 'sagte', 'sagten', 'sagen', 'gesagt', 'sage',
	'erklärt', 'erklärte', 'erklärten', 'erklären',
	'betont', 'betonte', 'betonten', 'betonen',
	'berichtet', 'berichtete', 'berichteten', 'berichten',
	'schreibt', 'schrieb', 'schrieben', 'geschrieben',
	'meint', 'meinte', 'meinten',
	'warnt', 'warnte', 'warnten', 'gewarnt',
	'kritisiert', 'kritisierte', 'kritisierten',
	'bemängelt', 'bemängelte', 'bemängelten', 'bemängeln', 'moniert', 'monierte', 'monierten',
	'versichert', 'versicherte', 'versicherten',
	'bestätigt', 'bestätigte', 'bestätigten',
	'unterstreicht', 'unterstrich',
	'erläutert', 'erläuterte',
	'ergänzt', 'ergänzte', 'ergänzten',
	'argumentiert', 'argumentierte',
	'behauptet', 'behauptete', 'behaupten',
	'erzählt', 'erzählte', 'erzählen',
	'mahnt', 'mahnte',
	'prognostiziert', 'prognostizierte',
	'befand', 'befindet',
	'bilanziert', 'bilanzierte',
	'resümiert', 'resümierte',
	'beklagt', 'beklagte', 'beklagten',
	'zitiert', 'zitierte',
	'antwortet', 'antwortete',
	'fragt', 'fragte',
	'verspricht', 'versprach', 'versprochen',
	'bezweifelt', 'bezweifelte', 'bezweifeln',
	'kommentiert', 'kommentierte',
	'schildert', 'schilderte',
	'bekräftigt', 'bekräftigte',
	'verkündet', 'verkündete',
	'mitteilte', 'mitgeteilt', 'mitteilen',
	// "ließ verlauten, …", "wie verlautete": made known, the infinitive under "lassen" like "ließ mitteilen".
	'verlauten', 'verlautete', 'verlautet',
	'hinzufügte', 'hinzugefügt',
	'hinwies', 'hingewiesen',
	'klarstellte', 'klargestellt',
	'einräumte', 'eingeräumt',
	'zugab', 'zugegeben',
	'ankündigte', 'angekündigt',
	'anmerkte', 'angemerkt',
	'hervorhob', 'hervorgehoben',
	'feststellte', 'festgestellt',
	'bekanntgab', 'bekanntgegeben',
	'twitterte', 'postete',
	'verwies', 'verweist',
	'insistiert', 'insistierte',
	'fordert', 'forderte', 'forderten',
	'äußerte', 'äußert', 'äußerten', 'geäußert',
	'entgegnete', 'entgegnet', 'erwiderte', 'erwidert', 'widersprach', 'widerspricht', 'konterte', 'kontert', 'beteuerte',
	'beteuert', 'versicherte', 'urteilte', 'urteilt', 'gestand', 'appellierte', 'unterstrich', 'bemerkte', 'bemerkt',
	'sagten', 'berichteten', 'schätzt', 'schätzte', 'rechnet', 'rechnete',
	// Present plural ("Ökonomen warnen, dass …").
	'warnen', 'fordern', 'kritisieren', 'bestätigen', 'versichern', 'mahnen', 'schreiben', 'meinen', 'argumentieren', 'berichten',
	'bekräftigen', 'unterstreichen', 'erläutern', 'beklagen', 'bestreiten', 'betonen', 'erklären',
	// …of the verbs above whose singular was listed alone ("So verkünden Polizei und Staatsanwaltschaft, dass …").
	'verkünden', 'schildern', 'kommentieren', 'entgegnen', 'erwidern', 'beteuern', 'ergänzen', 'dementieren', 'verneinen',
	'monieren', 'bilanzieren', 'prognostizieren', 'resümieren', 'insistieren',
	// Denial and insistence report a claim too ("bestritt, dass er gelogen habe").
	'bestritt', 'bestreitet', 'bestritten', 'dementierte', 'dementiert', 'dementierten', 'verneinte', 'verneint', 'beharrte', 'beharrt',
	'bekräftigten', 'versicherten', 'unterstrichen', 'erläuterten', 'ergänzten', 'mahnten', 'warnten', 'kritisierten',
	// A recommendation reports what someone holds right ("…, empfiehlt der Verband").
	'empfiehlt', 'empfahl', 'empfahlen', 'empfehlen', 'empfohlen',
	// Courts and bodies decide in words ("Der BGH entschied, dass …").
	'entschied', 'entscheidet', 'entschieden',
	// Separable verbs joined in a subordinate clause, present and past ("Wie die Behörde auf Anfrage mitteilt, …").
	'mitteilt', 'hinzufügt', 'hinweist', 'klarstellt', 'einräumt', 'zugibt', 'ankündigt', 'anmerkt', 'hervorhebt', 'bekanntgibt',
	'ausführt', 'ausführte', 'angibt', 'angab', 'angegeben', 'einwendet', 'einwandte', 'darlegt', 'darlegte', 'zusichert', 'zusicherte',
	// …and their past plural ("Wie die Behörden mitteilten, …"); not "angaben"/"zugaben", the nouns "Angaben"/"Zugaben" in small letters.
	'mitteilten', 'hinzufügten', 'hinwiesen', 'klarstellten', 'einräumten', 'ankündigten', 'anmerkten', 'hervorhoben', 'feststellten',
	'bekanntgaben', 'ausführten', 'darlegten', 'zusicherten',
	// Past plural ("Andere Posts behaupteten, dass …", "Die Forscher argumentierten, …").
	// Informing, reminding and observing report a dass clause too ("Das Land informierte, dass …", "erinnerte daran, dass …").
	'informierte', 'informiert', 'informierten', 'erinnerte', 'erinnert', 'erinnerten', 'beobachte', 'beobachtet', 'beobachtete',
	'behaupteten', 'erzählten', 'argumentierten', 'schilderten', 'versprachen', 'verwiesen', 'antworteten', 'kommentierten',
	'bezweifelten', 'verkündeten', 'entgegneten', 'erwiderten', 'widersprachen', 'konterten', 'beteuerten', 'urteilten',
	'bemerkten', 'prognostizierten', 'bilanzierten', 'zitierten', 'verneinten', 'beharrten', 'bemängelten',
];

/**
 * Multi-word verbs of stance and finding that report a view only with their "dass" clause: the finite verb, then
 * (after at most a few words such as an inverted subject) the words that complete it. "Die Studie hat ergeben,
 * dass …", "Der Verband geht davon aus, dass …", "Die Forscher kommen zu dem Schluss, dass …", "Er ist überzeugt, dass …".
 */
export const stancePhrasesDe: ReadonlyArray<{forms: readonly string[]; completion: readonly string[]}> = [
	{forms: ['geht', 'ging', 'gehen', 'gingen'], completion: ['davon', 'aus']},
	{forms: ['ist', 'war', 'sind', 'waren', 'zeigte', 'zeigt', 'zeigten', 'zeigen'], completion: ['überzeugt']},
	{forms: ['ist', 'war', 'sind', 'waren'], completion: ['sicher']},
	{forms: ['kommt', 'kam', 'kommen', 'kamen'], completion: ['zu', 'dem', 'schluss']},
	{forms: ['kommt', 'kam', 'kommen', 'kamen'], completion: ['zum', 'schluss']},
	{forms: ['kommt', 'kam', 'kommen', 'kamen'], completion: ['zu', 'dem', 'ergebnis']},
	{forms: ['kommt', 'kam', 'kommen', 'kamen'], completion: ['zum', 'ergebnis']},
	{forms: ['hat', 'haben', 'hatte', 'hatten'], completion: ['ergeben']},
	{forms: ['ergab', 'ergaben', 'ergibt', 'ergeben'], completion: []},
	{forms: ['hat', 'haben', 'hatte', 'hatten'], completion: ['gezeigt']},
	{forms: ['zeigt', 'zeigte', 'zeigen', 'zeigten'], completion: []},
	{forms: ['rechnet', 'rechnete', 'rechnen', 'rechneten'], completion: ['damit']},
	{forms: ['befürchtet', 'befürchtete', 'befürchten', 'befürchteten', 'fürchtet', 'fürchtete', 'fürchten', 'fürchteten', 'glaubt', 'glaubte', 'glauben', 'glaubten', 'hofft', 'hoffte', 'hoffen', 'hofften', 'vermutet', 'vermutete', 'vermuten', 'vermuteten', 'erwartet', 'erwartete', 'erwarten', 'erwarteten'], completion: []},
];

/** Verbs of saying split in main clauses ("teilte … mit"): finite forms with the particle that completes them. */
export const separableSpeechVerbsDe: ReadonlyArray<{forms: readonly string[]; particle: string}> = [
	{forms: ['teilte', 'teilt', 'teilten'], particle: 'mit'},
	{forms: ['fügte', 'fügt', 'fügten'], particle: 'hinzu'},
	{forms: ['wies', 'weist'], particle: 'hin'},
	{forms: ['stellte', 'stellt', 'stellten'], particle: 'klar'},
	{forms: ['stellte', 'stellt', 'stellten'], particle: 'fest'},
	{forms: ['räumte', 'räumt'], particle: 'ein'},
	{forms: ['gab', 'gibt', 'gaben'], particle: 'zu'},
	{forms: ['kündigte', 'kündigt', 'kündigten'], particle: 'an'},
	{forms: ['merkte', 'merkt'], particle: 'an'},
	{forms: ['hob', 'hebt'], particle: 'hervor'},
	{forms: ['gab', 'gibt'], particle: 'bekannt'},
	{forms: ['hielt', 'hält'], particle: 'fest'},
	{forms: ['gibt', 'gab'], particle: 'bedenken'},
	{forms: ['führte', 'führt'], particle: 'aus'},
	{forms: ['wandte', 'wendet'], particle: 'ein'},
	{forms: ['rief', 'ruft', 'riefen', 'rufen'], particle: 'auf'},
	{forms: ['wies', 'weist', 'wiesen'], particle: 'zurück'},
	{forms: ['sprach', 'spricht', 'sprachen'], particle: 'aus'},
	{forms: ['gab', 'gibt', 'gaben', 'geben'], particle: 'an'},
	{forms: ['räumen', 'räumten'], particle: 'ein'},
	{forms: ['teilen'], particle: 'mit'},
	{forms: ['weisen'], particle: 'hin'},
	{forms: ['kündigen'], particle: 'an'},
	{forms: ['machte', 'macht', 'machten'], particle: 'deutlich'},
	{forms: ['machte', 'macht', 'machten'], particle: 'klar'},
	{forms: ['sicherte', 'sichert', 'sicherten'], particle: 'zu'},
	{forms: ['wandte', 'wendet', 'wandten'], particle: 'ein'},
	{forms: ['hob', 'hebt', 'hoben'], particle: 'hervor'},
	{forms: ['legte', 'legt', 'legten'], particle: 'dar'},
	{forms: ['hielt', 'hält', 'hielten', 'halten'], particle: 'dagegen'},
	{forms: ['merken', 'merkten'], particle: 'an'},
	{forms: ['fügen'], particle: 'hinzu'},
	{forms: ['stellen'], particle: 'klar'},
	{forms: ['führen', 'führten'], particle: 'aus'},
];

/** Verbs that frame a quoted fragment as someone's words or judgement ("hält … für", "bezeichnet … als"). */
export const framingVerbsDe: readonly string[] = [
	'hält', 'hielt', 'halten', 'bezeichnet', 'bezeichnete', 'bezeichneten', 'nennt', 'nannte', 'nannten',
	'spricht', 'sprach', 'sprachen', 'beschreibt', 'beschrieb', 'bewertet', 'bewertete', 'wertet', 'wertete',
	'sieht', 'sah', 'lobt', 'lobte', 'kündigte', 'versprach',
	// Charging, comparing, deploring: "warf ihm „Wortbruch“ vor", "verglich die Lage mit einem „Pulverfass“".
	'warf', 'wirft', 'verglich', 'vergleicht', 'beklagte', 'beklagt', 'kritisierte', 'bemängelte', 'verspottete',
	// Verbs of judgement in headlines: "Scholz verurteilt „feigen Anschlag“" (not "verteidigt": its object is mostly a label).
	'verurteilt', 'verurteilte', 'beschwört', 'beschwor',
	// Praising someone "als „…“": the words are the judgement of whoever praises (not "bedankte sich": its subject
	// thanks for things more often than for words).
	'würdigt', 'würdigte', 'würdigten', 'rühmt', 'rühmte',
];

/** Source phrases: "laut X", "nach Angaben von X", "zufolge". */
/**
 * German verbs of announcing, promising and threatening: their zu-infinitive after the comma is what was announced, a
 * report of its own ("kündigte an, … streichen zu wollen", "hatte mitgeteilt, … abkaufen zu wollen"; the gold marks them).
 */
export const announcingVerbsDe: readonly string[] = ['kündigte', 'kündigt', 'kündigten', 'kündigen', 'angekündigt', 'mitgeteilt', 'versprach', 'verspricht', 'versprachen', 'versprochen', 'drohte', 'droht', 'drohten', 'gedroht', 'bekräftigte', 'bekräftigt', 'bekräftigten', 'zugesagt', 'zugesichert'];

/**
 * Finite auxiliaries and modals between a subject and the infinitive or participle of its verb of saying ("Die Polizei
 * hatte mitgeteilt", "Das Amt musste verkünden", "Die Polizei ließ mitteilen"): a subject read back from the verb ends
 * before them. The plurals of speech verbs equal their infinitives ("verkünden"), so a modal is no part of the name.
 */
export const finiteAuxiliariesDe: readonly string[] = [
	'hat', 'hatte', 'haben', 'hatten', 'habe', 'ist', 'war', 'sind', 'waren', 'wird', 'wurde', 'werden', 'wurden', 'ließ', 'ließen', 'lässt', 'lassen',
	'muss', 'musste', 'mussten', 'müssen', 'will', 'wollte', 'wollten', 'wollen', 'soll', 'sollte', 'sollten', 'sollen', 'kann', 'konnte', 'konnten',
	'können', 'darf', 'durfte', 'durften', 'dürfen', 'möchte', 'möchten', 'mag', 'mochte',
];

export const sourcePrepositionsDe: readonly string[] = ['laut', 'zufolge'];
export const sourceNounsDe: readonly string[] = ['angaben', 'worten', 'aussage', 'aussagen', 'informationen', 'einschätzung', 'schätzungen', 'darstellung', 'auffassung', 'ansicht', 'meinung', 'erkenntnissen'];

/** Phrases that mark a coined term or a label rather than someone's words. */
export const termMarkersDe: readonly string[] = ['sogenannt', 'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'so genannte', 'so genannten', 'umgangssprachlich', 'genannt', 'titel', 'motto', 'bereich', 'rubrik', 'schriftzug', 'aufschrift', 'namens', 'namen', 'begriff', 'stichwort', 'unwort', 'wort', 'wörter', 'wörtern', 'parole', 'slogan', 'hashtag'];

/** Nouns naming a work, a medium or an operation: a quoted name right after them is a title. */
export const titleNounsDe: readonly string[] = ['zeitung', 'zeitschrift', 'magazin', 'blatt', 'sender', 'sendung', 'film', 'serie', 'buch', 'roman', 'album', 'lied', 'song', 'operation', 'kampagne', 'programm', 'projekt', 'initiative', 'app', 'podcast', 'show', 'stück', 'studie', 'bericht', 'talkshow', 'festival', 'partei', 'bündnis', 'verein', 'plattform', 'portal', 'website', 'kanal', 'bereich', 'menü', 'knopf', 'button', 'aktion', 'gruppe'];

/** Epithets for someone just named ("sagte die 36-Jährige", "so die dreimalige Grand-Slam-Siegerin"): role nouns too. */
export const epithetNounsDe: readonly string[] = [
	'jährige', 'jähriger', 'sieger', 'siegerin', 'meister', 'meisterin', 'stürmer', 'stürmerin', 'torhüter', 'torhüterin',
	'sportler', 'sportlerin', 'athlet', 'athletin', 'sängerin', 'sänger', 'schauspieler', 'schauspielerin', 'musiker',
	'musikerin', 'opfer', 'verdächtige', 'verdächtiger', 'angeklagte', 'angeklagter', 'milliardär', 'milliardärin',
];

/** Descriptions of know-how anyone may carry besides their job ("der Experte"); public offices excepted (publicOfficesDe). */
export const describerNounsDe: readonly string[] = ['experte', 'expertin', 'spezialist', 'spezialistin', 'fachmann', 'fachfrau', 'kenner', 'kennerin'];

/** Nouns of a field of work, which anyone in it is besides an office ("die Politikerin", "der Klimaforscher"). */
export const fieldNounsDe: readonly string[] = [
	'politiker', 'politikerin', 'forscher', 'forscherin', 'wissenschaftler', 'wissenschaftlerin', 'ökonom', 'ökonomin', 'historiker',
	'historikerin', 'journalist', 'journalistin', 'autor', 'autorin', 'jurist', 'juristin', 'mediziner', 'medizinerin'];

/** Public offices: their holders are called by the office, not "der Experte". */
export const publicOfficesDe: readonly string[] = ['präsident', 'minister', 'kanzler', 'senator', 'gouverneur', 'bürgermeister', 'könig', 'königin', 'papst', 'ministerpräsident', 'regierungschef', 'abgeordneter', 'abgeordnete', 'landrat', 'botschafter', 'general', 'kommissar', 'staatssekretär', 'präfekt'];

/** Role nouns, matched as the end of a word ("Kreml-Sprecher", "Verteidigungsminister"). */
export const roleNounsDe: readonly string[] = [
	'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'chef', 'chefin', 'kanzler', 'kanzlerin',
	'direktor', 'direktorin', 'berater', 'beraterin', 'beauftragter', 'beauftragte', 'botschafter', 'botschafterin',
	'experte', 'expertin', 'spezialist', 'spezialistin', 'professor', 'professorin', 'wissenschaftler', 'wissenschaftlerin',
	'korrespondent', 'korrespondentin', 'analyst', 'analystin', 'ökonom', 'ökonomin', 'vorsitzender', 'vorsitzende',
	'abgeordneter', 'abgeordnete', 'staatsanwalt', 'staatsanwältin', 'landrat', 'landrätin', 'bürgermeister', 'bürgermeisterin',
	'general', 'oberbefehlshaber', 'kommandeur', 'kommandant', 'sekretär', 'sekretärin', 'anwalt', 'anwältin', 'richter', 'richterin',
	'soldat', 'soldatin', 'fahrer', 'fahrerin', 'reporter', 'reporterin', 'journalist', 'journalistin', 'autor', 'autorin',
	'leiter', 'leiterin', 'manager', 'managerin', 'gründer', 'gründerin', 'forscher', 'forscherin', 'arzt', 'ärztin',
	'vertreter', 'vertreterin', 'senator', 'senatorin', 'gouverneur', 'gouverneurin', 'premier', 'diplomat', 'diplomatin',
	'offizier', 'polizist', 'polizistin', 'augenzeuge', 'augenzeugin', 'anwohner', 'anwohnerin', 'aktivist', 'aktivistin',
	'kritiker', 'kritikerin', 'beobachter', 'beobachterin', 'lehrer', 'lehrerin', 'ceo', 'vorstand', 'vorständin', 'funktionär',
	'funktionärin', 'bewohner', 'bewohnerin', 'kandidat', 'kandidatin', 'regent', 'könig', 'königin', 'papst', 'bischof',
	'trainer', 'trainerin', 'coach', 'ologe', 'ologin', 'spieler', 'spielerin', 'ermittler', 'ermittlerin', 'historiker', 'historikerin', 'ökonom',
	'unternehmer', 'unternehmerin', 'mediziner', 'medizinerin', 'virologe', 'virologin', 'jurist', 'juristin', 'politiker', 'politikerin',
	'landeshauptmann', 'landeshauptfrau', 'hauptmann', 'obmann', 'obfrau', 'landesrat', 'landesrätin', 'stadtrat', 'stadträtin',
	'gemeinderat', 'gemeinderätin', 'nationalrat', 'nationalrätin', 'vize', 'geschäftsführer', 'geschäftsführerin', 'führer', 'führerin',
	'gewerkschafter', 'gewerkschafterin', 'kommissar', 'kommissarin', 'intendant', 'intendantin', 'koordinator', 'koordinatorin',
	'epidemiologe', 'epidemiologin', 'psychologe', 'psychologin', 'soziologe', 'soziologin', 'politologe', 'politologin',
	'meteorologe', 'meteorologin', 'chemiker', 'chemikerin', 'physiker', 'physikerin', 'biologe', 'biologin',
	'oberhaupt', 'amtsinhaber', 'amtsinhaberin', 'amtskollege', 'amtskollegin', 'nachfolger', 'nachfolgerin', 'vorgänger', 'vorgängerin',
	'präfekt', 'präfektin', 'dezernent', 'dezernentin', 'bischöfin', 'pfarrer', 'pfarrerin', 'rektor', 'rektorin', 'astronaut', 'astronautin',
	'pilot', 'pilotin', 'kapitän', 'kapitänin',
	'staatssekretär', 'staatssekretärin', 'bundestagsabgeordneter', 'ministerpräsident', 'ministerpräsidentin', 'regierungschef', 'regierungschefin',
	// People in their everyday roles, as reports introduce private persons ("die Schülerin Lea Brandt").
	'schüler', 'schülerin', 'student', 'studentin', 'rentner', 'rentnerin', 'mutter', 'vater', 'besitzer', 'besitzerin',
	'inhaber', 'inhaberin', 'mitarbeiter', 'mitarbeiterin', 'mitglied', 'pfleger', 'pflegerin', 'landwirt', 'landwirtin',
	...epithetNounsDe,
];

/** Capitalised words that start sentences but are never names. */
export const functionWordsDe: readonly string[] = [
	'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'auch', 'aber', 'und', 'doch',
	'so', 'wie', 'wenn', 'als', 'am', 'im', 'in', 'auf', 'aus', 'mit', 'nach', 'seit', 'von', 'vom', 'zum', 'zur', 'für', 'bei',
	'über', 'unter', 'gegen', 'ohne', 'um', 'es', 'er', 'sie', 'wir', 'ich', 'ihr', 'man', 'dies', 'diese', 'dieser', 'dieses',
	'jeder', 'jede', 'jedes', 'alle', 'viele', 'manche', 'laut', 'dass', 'ob', 'weil', 'da', 'dann', 'noch', 'nur', 'schon',
	'zudem', 'außerdem', 'trotzdem', 'dabei', 'damit', 'dazu', 'darum', 'deshalb', 'denn', 'sein', 'seine', 'seinem', 'seinen',
	'seiner', 'ihre', 'ihrem', 'ihren', 'ihrer', 'unser', 'unsere', 'was', 'wer', 'wo', 'wann', 'warum', 'hier', 'dort',
	'heute', 'gestern', 'morgen', 'jetzt', 'nun', 'immer', 'bis',
	// The rest of the closed class of w-words (interrogatives, pronominal adverbs) opening a question or a clause.
	'weshalb', 'wieso', 'weswegen', 'wozu', 'wofür', 'wodurch', 'womit', 'woher', 'wohin', 'worüber', 'worauf', 'woran',
	'worin', 'wovon', 'wobei', 'wonach', 'wogegen', 'wem', 'wen', 'wessen', 'welchem', 'inwiefern', 'inwieweit',
	// Sentence adverbs, conjunctions and prepositions that open sentences ("Zugleich warnte …", "Während Deutschland …").
	'zugleich', 'gleichzeitig', 'allerdings', 'besonders', 'insbesondere', 'jedoch', 'dennoch', 'ebenfalls', 'ebenso', 'vielmehr', 'stattdessen',
	'daher', 'somit', 'folglich', 'offenbar', 'angeblich', 'vermutlich', 'inzwischen', 'mittlerweile', 'bislang', 'kürzlich', 'demnach',
	'zumindest', 'mindestens', 'sogar', 'hingegen', 'wiederum', 'nämlich', 'sondern', 'sowie', 'oder', 'während', 'statt', 'anstatt',
	'trotz', 'wegen', 'dank', 'obwohl', 'nachdem', 'bevor', 'sobald', 'falls', 'sofern', 'zuletzt', 'zuvor', 'danach', 'anschließend', 'welchen', 'welches',
	'diesen', 'diesem', 'jene', 'jener', 'jenes', 'jenen', 'jenem', 'solche', 'solchen', 'welche', 'welcher', 'manchen', 'einige', 'einigen', 'mehrere', 'beide', 'beiden', 'durch', 'zwischen', 'vor', 'hinter', 'neben', 'kein', 'keine',
	'mehr', 'erst', 'zunächst', 'später', 'bereits', 'gerade', 'derzeit', 'immerhin', 'dagegen', 'zwar', 'erstens', 'zweitens',
	'drittens', 'bisher', 'deren', 'dessen', 'ende', 'anfang', 'mitte', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
	'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
	// Pronominal adverbs that open sentences ("Darin beklagt Samsung …"): never a name or a subject.
	'darin', 'darauf', 'daran', 'davon', 'dafür', 'darüber', 'darunter', 'daraus', 'dadurch', 'daneben', 'deswegen', 'hierzu', 'hierbei', 'hierfür', 'hiermit', 'dazwischen',
];

export const determinersDe: readonly string[] = ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'ihr', 'ihre', 'ihrem', 'ihren', 'ihrer', 'deren', 'dessen'];
export const indefiniteDeterminersDe: readonly string[] = ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'];

export const pronounsDe: Readonly<Record<string, 'male' | 'female' | 'any' | 'organisation'>> = {er: 'male', sie: 'female'};

/** Forms that mark reported speech on their own (Konjunktiv I, and Konjunktiv II forms unlike the past indicative). */
export const konjunktivDe: readonly string[] = [
	'sei', 'seien', 'seiest', 'habe', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'wisse', 'gebe', 'brauche',
	'fehle', 'bleibe', 'gelte', 'liege', 'stehe', 'gehe', 'komme', 'mache', 'sehe', 'trage', 'lasse', 'zeige', 'führe', 'treffe',
	'arbeite', 'plane', 'erwarte', 'benötige', 'bedeute', 'verfüge', 'beginne', 'drohe', 'wachse', 'reiche', 'erscheine',
	'betrage', 'spiele', 'laufe', 'halte', 'nehme', 'finde', 'heiße', 'verkenne', 'verliere', 'gewinne', 'handle', 'glaube',
	'hoffe', 'wünsche', 'bestehe', 'entstehe', 'verstehe', 'gehöre', 'diene', 'helfe', 'schade', 'nütze', 'koste', 'passe',
	'hätten', 'hätte', 'wäre', 'wären', 'müssten', 'gäbe', 'käme', 'läge', 'stünde', 'bräuchte',
	'gälte', 'gälten', 'kämen', 'lägen', 'stünden', 'wüsste', 'wüssten', 'gäben', 'fände', 'fänden', 'müsste', 'bräuchten', 'zöge', 'zögen', 'hülfe',
];

/** Konjunktiv II forms that also serve plain hypotheticals, so they only count next to a cue. */
export const weakKonjunktivDe: readonly string[] = ['würde', 'könnte', 'dürfte', 'sollte', 'sollten', 'dürften', 'würden', 'könnten'];

/** Words that open a reported clause ("dass"). */
export const complementizersDe: readonly string[] = ['dass', 'daß', 'ob'];

/** Impersonal cue: "heißt es". */
export const impersonalCuesDe: readonly string[] = ['heißt es', 'hieß es'];

/** Quantifiers that speak for a group ("sagen alle in Kiew", "Viele bezweifeln"). */
export const groupSpeakersDe: readonly string[] = [
	'alle', 'viele', 'manche', 'einige', 'andere', 'beide', 'kritiker', 'beobachter',
	// Plural role nouns that cannot be singular: a bare "Ökonomen warnen" is the group, not one known economist.
	'experten', 'expertinnen', 'ökonomen', 'ökonominnen', 'analysten', 'analystinnen', 'diplomaten', 'aktivisten', 'juristen',
	'ärzte', 'ärztinnen', 'virologen', 'wissenschaftlerinnen', 'forscherinnen',
];

/** Words that open a subordinate clause: a Konjunktiv there is not reported speech of its own. */
export const subordinatorsDe: readonly string[] = ['dass', 'daß', 'ob', 'weil', 'wenn', 'als', 'da', 'damit', 'obwohl', 'während', 'der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'wo', 'was', 'wie', 'um', 'wer', 'falls', 'sodass', 'bevor', 'nachdem', 'bis'];

/**
 * Speech-act nouns: the nouns of the speech verbs (mitteilen → Mitteilung, angeben → Angaben, vermuten → Vermutung …).
 * A closed class: such a noun is the channel of what is said, never who says it ("laut Mitteilung", "Ihren Angaben
 * zufolge", "haben die Vermutung geäußert").
 */
export const speechActNounsDe: ReadonlySet<string> = new Set([
	'mitteilung', 'mitteilungen', 'pressemitteilung', 'pressemitteilungen', 'angabe', 'angaben', 'erklärung', 'erklärungen',
	'vermutung', 'vermutungen', 'aussage', 'aussagen', 'äußerung', 'äußerungen', 'stellungnahme', 'stellungnahmen',
	'ankündigung', 'ankündigungen', 'behauptung', 'behauptungen', 'einschätzung', 'einschätzungen', 'darstellung',
	'auffassung', 'ansicht', 'meinung', 'schätzung', 'schätzungen', 'warnung', 'warnungen', 'forderung', 'forderungen',
	'betonung', 'bestätigung', 'meldung', 'meldungen', 'vorabmeldung', 'antwort', 'antworten', 'beteuerung', 'begründung',
	'mutmaßung', 'mutmaßungen', 'spekulation', 'spekulationen', 'andeutung', 'andeutungen', 'worte', 'worten',
]);

/** Nouns of statements: "eine Aussage von X", "einer Mitteilung des X". */
export const statementNounsDe: readonly string[] = ['aussage', 'erklärung', 'mitteilung', 'stellungnahme', 'pressemitteilung', 'statement', 'äußerung', 'internetseite', 'webseite', 'website', 'homepage'];

/** Generic nouns that refer back to an organisation already named ("das Bündnis", "die Behörde"). */
export const organisationNounsDe: readonly string[] = ['bündnis', 'allianz', 'institut', 'organisation', 'unternehmen', 'konzern', 'firma', 'behörde', 'ministerium', 'regierung', 'aufsicht', 'partei', 'initiative', 'gruppe', 'verband', 'gewerkschaft', 'agentur', 'bank', 'gericht', 'kommission', 'stiftung', 'armee', 'polizei', 'militär', 'sender', 'zeitung', 'verein', 'club', 'team', 'gmbh', 'amt', 'kammer', 'wetterdienst', 'staatsanwaltschaft', 'feuerwehr', 'bundeswehr', 'kommando', 'koalition', 'fraktion', 'opposition'];

/** Documents whose words are their author's ("die Studie kommt zu dem Schluss" → wer die Studie verfasst hat). */
export const documentNounsDe: readonly string[] = ['bericht', 'studie', 'analyse', 'untersuchung', 'umfrage', 'gutachten', 'papier', 'dokument', 'mitteilung', 'erklärung', 'stellungnahme', 'prognose', 'auswertung', 'schreiben', 'klageschrift', 'anklageschrift'];

/*
 * Welche Art Name ein Sprecher- oder Erwähnungsname ist (people/name-kind.ts): Staaten und Regierungssitze sprechen als
 * Körperschaft ("Russland erklärte", "der Kreml teilte mit"); Regionen, Gruppenwörter und Herkunftswörter benennen niemanden.
 */

/** Staaten und Länder, wie deutsche Nachrichten sie nennen (auch im Genitiv: "Russlands"). */
export const statesDe: readonly string[] = [
	'afghanistan', 'albanien', 'algerien', 'argentinien', 'armenien', 'australien', 'österreich', 'aserbaidschan', 'bahrain', 'bangladesch',
	'belarus', 'weißrussland', 'belgien', 'bolivien', 'bosnien', 'brasilien', 'großbritannien', 'bulgarien', 'kambodscha', 'kanada', 'chile',
	'china', 'kolumbien', 'kroatien', 'kuba', 'zypern', 'tschechien', 'dänemark', 'ecuador', 'ägypten', 'estland', 'äthiopien', 'finnland',
	'frankreich', 'georgien', 'deutschland', 'ghana', 'griechenland', 'grönland', 'ungarn', 'island', 'indien', 'indonesien', 'iran', 'irak',
	'irland', 'israel', 'italien', 'japan', 'jordanien', 'kasachstan', 'kenia', 'kosovo', 'kuwait', 'lettland', 'libanon', 'libyen',
	'litauen', 'luxemburg', 'malaysia', 'mali', 'mexiko', 'moldau', 'moldawien', 'mongolei', 'montenegro', 'marokko', 'myanmar', 'nepal',
	'niederlande', 'neuseeland', 'nigeria', 'nordkorea', 'südkorea', 'korea', 'nordmazedonien', 'norwegen', 'oman', 'pakistan', 'palästina',
	'panama', 'peru', 'philippinen', 'polen', 'portugal', 'katar', 'rumänien', 'russland', 'saudi-arabien', 'serbien', 'singapur',
	'slowakei', 'slowenien', 'somalia', 'südafrika', 'spanien', 'sri lanka', 'sudan', 'südsudan', 'schweden', 'schweiz', 'syrien',
	'taiwan', 'tadschikistan', 'tansania', 'thailand', 'tunesien', 'türkei', 'turkmenistan', 'uganda', 'ukraine', 'vereinigte arabische emirate',
	'vereinigtes königreich', 'usa', 'us', 'vereinigte staaten', 'uruguay', 'usbekistan', 'vatikan', 'venezuela', 'vietnam', 'jemen',
	'sambia', 'simbabwe', 'schottland', 'wales', 'england', 'nordirland', 'katalonien',
	// Länder, Bundesländer und Kantone, die als Körperschaft sprechen ("Bayern fordert", "das Land Tirol teilte mit").
	'bayern', 'baden-württemberg', 'brandenburg', 'bremen', 'hamburg', 'hessen', 'mecklenburg-vorpommern', 'niedersachsen',
	'nordrhein-westfalen', 'rheinland-pfalz', 'saarland', 'sachsen', 'sachsen-anhalt', 'schleswig-holstein', 'thüringen', 'tirol',
	'vorarlberg', 'kärnten', 'steiermark', 'niederösterreich', 'oberösterreich', 'burgenland', 'wallis', 'tessin', 'graubünden',
];

/** Orte, die für eine Regierung stehen ("der Kreml erklärte", "das Weiße Haus teilte mit"). */
export const governmentSeatsDe: readonly string[] = ['kreml', 'pentagon', 'weißes haus', 'weiße haus', 'weißen haus', 'downing street', 'élysée', 'élysée-palast', 'elysée-palast', 'elysee-palast', 'kapitol', 'peking', 'moskau', 'washington', 'kiew', 'teheran', 'brüssel', 'berlin', 'wien', 'bern'];

/** Regionen und Gebiete: Orte, nie jemandes Name ("Nahe Osten", "Westjordanland"). */
export const regionsDe: readonly string[] = [
	'nahe osten', 'nahen osten', 'naher osten', 'nahost', 'mittlere osten', 'mittleren osten', 'mittlerer osten', 'ferne osten', 'fernen osten',
	'gazastreifen', 'gaza-streifen', 'gaza', 'westjordanland', 'balkan', 'kaukasus', 'sahel', 'arktis', 'antarktis', 'europa', 'asien',
	'afrika', 'amerika', 'nordamerika', 'südamerika', 'lateinamerika', 'mittelamerika', 'ozeanien', 'skandinavien', 'osteuropa', 'westeuropa',
	'mitteleuropa', 'südosteuropa', 'südostasien', 'zentralasien', 'ostasien', 'golfregion', 'mittelmeer', 'mittelmeerraum', 'schwarze meer',
	'schwarzen meer', 'rote meer', 'roten meer', 'ostsee', 'nordsee', 'atlantik', 'pazifik', 'donbass', 'donbas', 'krim', 'kaschmir', 'sinai',
	'golanhöhen', 'alpen', 'ruhrgebiet',
];

/** Große Städte, die kein Regierungssitz sind: Orte, nie jemandes Name ("München", "Tel Aviv"). */
export const citiesDe: readonly string[] = [
	'köln', 'frankfurt', 'stuttgart', 'düsseldorf', 'leipzig', 'dresden', 'hannover', 'nürnberg', 'dortmund', 'essen',
	'münchen', 'duisburg', 'bochum', 'wuppertal', 'bielefeld', 'bonn', 'münster', 'mannheim', 'karlsruhe', 'augsburg',
	'wiesbaden', 'mainz', 'saarbrücken', 'kiel', 'magdeburg', 'erfurt', 'potsdam', 'schwerin', 'freiburg', 'aachen', 'braunschweig',
	'chemnitz', 'rostock', 'lübeck', 'kassel', 'würzburg', 'regensburg', 'heidelberg', 'darmstadt', 'salzburg',
	'graz', 'linz', 'innsbruck', 'zürich', 'basel', 'genf', 'lausanne', 'new york', 'los angeles', 'san francisco', 'chicago', 'istanbul',
	'tel aviv', 'jerusalem', 'gaza-stadt', 'charkiw', 'odessa', 'mossul', 'aleppo', 'beirut', 'bagdad', 'kairo',
	'dubai', 'mumbai', 'neu-delhi', 'schanghai', 'shanghai', 'hongkong', 'tokio', 'sydney', 'são paulo', 'rio de janeiro',
];

/** Letzte Wörter eines Ortsnamens ("Ecke Lagerstraße", "Hauptstadt Nuuk" nicht: nur Endungen von Ortsnamen). */
export const placeNounsDe: readonly string[] = ['stadt', 'straße', 'strasse', 'platz', 'gasse', 'allee', 'weg', 'ufer', 'tal', 'see', 'insel', 'inseln', 'gebirge', 'gebiet', 'region', 'küste', 'halbinsel', 'wüste', 'meer'];

/** Gruppenwörter im Plural: wer sie sind, nicht jemandes Name ("Experten", "Klimaforschende", "Anwohner"). */
export const groupNounsDe: readonly string[] = [
	'menschen', 'leute', 'personen', 'bürger', 'bürgerinnen', 'einwohner', 'anwohner', 'bewohner', 'experten', 'expertinnen', 'forschende',
	'wissenschaftler', 'wissenschaftlerinnen', 'forscher', 'forscherinnen', 'ärzte', 'ärztinnen', 'kritiker', 'kritikerinnen', 'beobachter',
	'befürworter', 'gegner', 'teilnehmer', 'teilnehmerinnen', 'demonstranten', 'aktivisten', 'aktivistinnen', 'händler', 'händlern', 'betreiber',
	'veranstalter', 'organisatoren', 'menschenrechtler', 'wähler', 'wählerinnen', 'nutzer', 'nutzerinnen', 'eltern', 'schüler', 'schülerinnen',
	'studierende', 'beschäftigte', 'mitarbeitende', 'angehörige', 'familien', 'opfer', 'überlebende', 'flüchtlinge', 'soldaten', 'truppen',
	'politiker', 'diplomaten', 'ökonomen', 'analysten', 'juristen', 'virologen', 'mediziner', 'fachleute', 'behörden', 'sicherheitskreise',
	'kreise', 'medien', 'tausende', 'hunderte', 'dutzende', 'millionen', 'viele', 'andere', 'einige', 'alle', 'beide', 'personal',
];

/** Herkunftswörter: ein Volk oder ein Adjektiv, nie der Name einer Person ("Amerikaner", "Israelis", "Schweizer"). */
export const demonymsDe: readonly string[] = [
	'amerikaner', 'amerikanerin', 'briten', 'britin', 'engländer', 'schotten', 'iren', 'franzosen', 'französin', 'deutsche', 'deutschen',
	'österreicher', 'österreicherin', 'schweizer', 'schweizerin', 'italiener', 'spanier', 'portugiesen', 'niederländer', 'belgier', 'dänen',
	'norweger', 'finnen', 'tschechen', 'rumänen', 'bulgaren', 'griechen', 'türken', 'russen', 'russin',
	'ukrainer', 'ukrainerin', 'belarussen', 'georgier', 'armenier', 'israelis', 'palästinenser', 'libanesen', 'syrer', 'iraker', 'iraner',
	'afghanen', 'pakistaner', 'inder', 'chinesen', 'japaner', 'koreaner', 'kanadier', 'mexikaner', 'brasilianer', 'europäer', 'asiaten',
	'afrikaner', 'araber',
];

/** Köpfe von Körperschaftsnamen über organisationNounsDe hinaus, nur für die Personenliste: Medien, Parlamente, Parteien. */
export const bodyWordsDe: readonly string[] = [
	'rundschau', 'nachrichten', 'tagesschau', 'presse', 'medien', 'verlag', 'nachrichtenagentur', 'agentur', 'parlament', 'bundestag',
	'landtag', 'senat', 'kabinett', 'bundeswehr', 'streitkräfte', 'marine', 'luftwaffe', 'flughafen', 'werke', 'gruppe', 'holding',
	'grüne', 'grünen', 'linke', 'sozialdemokraten', 'christdemokraten', 'liberale', 'kreml', 'staatsrat', 'bundesrat', 'sicherheitsrat',
	'führung', 'leitung', 'direktion', 'schule', 'mittelschule', 'gymnasium', 'klinik', 'bibliothek', 'theater', 'stadtwerke', 'sparkasse',
];

/** Nouns of time that stand as adverbials without a preposition ("letzte Woche", "vergangenes Jahr"): never a speaker. */
export const timeNounsDe: readonly string[] = ['woche', 'wochen', 'wochenende', 'monat', 'monate', 'jahr', 'jahre', 'jahres', 'tag', 'tage', 'nacht', 'abend', 'mittag', 'vormittag', 'nachmittag', 'stunde', 'stunden', 'minute', 'minuten', 'quartal', 'halbjahr', 'saison', 'frühjahr', 'sommer', 'herbst', 'winter'];

export const weekdaysDe: readonly string[] = ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag'];

/** Times of day a weekday takes into one word ("Sonntagabend", "Montagmorgen", "Freitagnacht"): a time, never a name or a seat. */
export const dayTimesDe: readonly string[] = ['morgen', 'früh', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht'];

/** Wochentage und Monate: groß geschrieben, nie jemandes Name ("Donnerstag", "März"); "August" fehlt (auch ein Vorname). */
export const calendarNamesDe: readonly string[] = [...weekdaysDe, 'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'september', 'oktober', 'november', 'dezember'];

/** Körperschaften mit deutschem Kurznamen, der nichts über ihre Art sagt ("die Uno", "der IWF", "die EZB"); Namen, in jeder Sprache gelesen. */
/**
 * Short forms of political parties: in brackets after a name ("Tino Sorge (CDU)", "Nicola Sturgeon (SNP)") they say
 * which party a person belongs to, never that the name is a body's (German-speaking countries' parties, and a few the
 * German and English press writes the same way).
 */
export const partyShortFormsDe: readonly string[] = ['cdu', 'csu', 'spd', 'fdp', 'afd', 'bsw', 'grüne', 'grünen', 'linke', 'ödp', 'npd', 'fw', 'ssw', 'övp', 'spö', 'fpö', 'neos', 'svp', 'sp', 'glp', 'evp', 'bdp', 'csp', 'dcs', 'lsap', 'dp', 'adr', 'déi', 'snp', 'dup', 'sdlp', 'ukip', 'anc', 'bjp'];

export const knownBodiesDe: readonly string[] = ['uno', 'iwf', 'ezb', 'wto', 'who', 'hisbollah', 'huthi', 'huthis', 'bundesbank', 'bundeswehr', 'nato', 'eu', 'zdf', 'ard', 'ndr', 'wdr', 'swr', 'mdr', 'br', 'rbb', 'hr', 'orf', 'srf', 'dpa', 'kna', 'epd', 'taz', 'faz', 'afd', 'cdu', 'csu', 'spd', 'fdp', 'bsw', 'övp', 'fpö', 'spö', 'svp', 'neos'];

/**
 * Wortenden von Medien, die ihr Name direkt nachsteht ("das Kulinarik-Magazin „Falstaff“", "die Nachrichtenagentur
 * dpa", "das Nachrichtenportal »t-online«"): die Gattung, der Name folgt als Apposition.
 */
export const mediaKindEndingsDe: readonly string[] = ['magazin', 'zeitung', 'zeitschrift', 'blatt', 'portal', 'nachrichtenagentur', 'agentur', 'sender', 'fernsehen', 'rundfunk', 'radio', 'newsletter', 'podcast'];

/** Rechtsformen am Ende eines Firmennamens ("Northvolt AB", "Siemens AG", "Airbus SE"): nur als ganzes Wort (kein "Vertrag" auf "-ag"). */
export const legalFormsDe: readonly string[] = ['ag', 'ab', 'se', 'gmbh', 'kg', 'kgaa', 'ohg', 'ug', 'eg', 'inc', 'ltd', 'plc', 'llc', 'corp', 'asa', 'oyj', 'nv', 'sa', 'spa', 'sarl', 'bv'];

/** Beschreibungen ungenannter Quellen, die auch das Deutsche so schreibt ("ein Insider", "ein Diplomat"): sie bleiben ungenannt. */
export const anonymousSourcesDe: readonly string[] = ['diplomat', 'person', 'analyst', 'insider'];

/** Wörter für irgendeine Körperschaft: "der Konzern", "das Unternehmen", "die Airline" meinen die Organisation, von der der Text gerade sprach. */
export const anyBodyNounsDe: readonly string[] = ['behörde', 'konzern', 'unternehmen', 'firma', 'organisation', 'institut', 'gruppe', 'verband', 'agentur', 'bündnis', 'initiative', 'verein', 'club', 'team', 'stiftung', 'institution', 'airline', 'startup'];

/** Nouns of a company's trade before its name ("der Zulieferer Continental", "Autohersteller BMW"): the firm so described. */
export const companyTradeNounsDe: readonly string[] = [
	'hersteller', 'anbieter', 'versicherer', 'zulieferer', 'dienstleister',
	// "-bauer" and "-betreiber" name a firm only after what it builds or runs: "der Weinbauer Hansen", "der Clubbetreiber
	// Hansen" are people.
	'autobauer', 'flugzeugbauer', 'fahrzeugbauer', 'schiffbauer', 'schiffsbauer', 'anlagenbauer', 'waggonbauer', 'zugbauer', 'lkw-bauer', 'raketenbauer',
	'netzbetreiber', 'kraftwerksbetreiber', 'kraftwerkbetreiber', 'flughafenbetreiber', 'plattformbetreiber', 'mobilfunkbetreiber', 'pipelinebetreiber', 'reaktorbetreiber', 'bahnbetreiber',
];

/** Trade nouns of firms and of persons alike ("der Händler Amazon", "der Waffenhändler X"): a firm only by other evidence. */
export const sharedTradeNounsDe: readonly string[] = ['händler'];

/** Trade nouns that describe a firm only as a compound's end ("Online-Riese", "Tech-Riese"): alone, a giant. */
export const companyTradeCompoundHeadsDe: readonly string[] = ['riese'];
