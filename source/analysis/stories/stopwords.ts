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

const portugueseSpanishFrench = `o os a as um uma uns umas de do da dos das em no na nos nas por para com sem sob que se
ao aos e é ou mas el la los las un una del al y en por para con que se le les du des et est pour pas sur au aux ce qui`;

export const stopwords: ReadonlySet<string> = new Set(
	`${english} ${german} ${portugueseSpanishFrench}`
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’.]/g, '')),
);
