// Function words of the languages lagebild is used with; the only per-language lists the clustering uses.

const english = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now
of off on once only or other our ours out over own same she should so some such than that the their theirs them then
there these they this those through to too under until up very was we were what when where which while who whom why
will with would you your yours yourself says said say new after over amid via live updates update news video watch
opinion here what's it's he's she's who's vs per`;

const german = `aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anders auch
auf aus bei beim bin bis bist da damit dann der den des dem die das dass daß du er es ein eine einem einen einer eines
für gegen hat hatte hatten haben hier hin hinter ich ihr ihre ihrem ihren ihrer ihres im in ist ja jede jedem jeden
jeder jedes jetzt kann kein keine keinem keinen keiner können könnte mit muss man mehr mein meine nach nicht nichts
noch nun nur ob oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind so solche soll sollte
sondern sonst über um und uns unser unter vom von vor war waren was weil welche welchem welchen welcher welches wenn
wer werde werden wie wieder will wir wird wirst wo wollen wurde wurden zu zum zur zwar zwischen sagt sagte sagten
neue neuen neuer neues seit etwa laut heute gestern soll sollen`;

const romance = `o os a as um uma uns umas de do da dos das em no na nos nas por para com sem sob que se ao aos e é ou
mas pelo pela pelos pelas num numa seu sua seus suas foi ser são está após sobre entre contra até também já
el la los las un una unos unas del al y en con que se le les lo su sus es son fue ha han por para sin sobre tras
entre como más pero muy ya este esta estos estas ese esa hasta desde según
le la les un une des du de et est sont pour pas sur au aux ce cette ces qui que dans par plus avec sa ses
leur leurs ont été être après avant selon entre contre mais ou où ne se il elle ils elles nous vous
il lo la gli le un uno una dei degli delle del della dello di da in con su per tra fra che è sono ha hanno
non si al allo alla ai agli alle nel nella nei sul sulla come anche dopo`;

// Words that are also English content words (men, den, son, var) are left out on purpose.
const dutchNordic = `de het een en van in op te dat die is zijn met voor niet aan er om ook als bij door naar
over uit tot maar dan nog wel na hun wordt worden werd heeft hebben
och att det som en på är av för med till har inte om ett ska kan de sig
og i at det som en på er av for med til har ikke om et skal kan de seg`;

export const stopwords: ReadonlySet<string> = new Set(
	`${english} ${german} ${romance} ${dutchNordic}`
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’.]/g, '')),
);
