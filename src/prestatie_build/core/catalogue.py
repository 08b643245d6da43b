"""The Dutch form of every message template (see :mod:`.messages`), keyed by its English form.

Sections follow the source tree. A template's fields (``{number}``) must appear in both forms;
``tests/core/test_messages.py`` checks that every template used in ``src/`` is here, and that
nothing here is unused.
"""

from __future__ import annotations

DUTCH: dict[str, str] = {
    #
    #
    # --- core/errors: printing diagnostics -------------------------------------------------
    "nothing was written": "er is niets geschreven",
    #
    #
    # --- core --------------------------------------------------------------------------------
    # consolidation: changes that cannot be applied
    "agreement {number}": "afspraak {number}",
    "section '{id}'": "onderdeel '{id}'",
    "{name} was deleted in {year}": "{name} is verwijderd in {year}",
    "deleted by the change at {source}": "verwijderd door de wijziging op {source}",
    "did you mean {options}?": "bedoelt u {options}?",
    "{options} or {last}": "{options} of {last}",
    "valid targets: {targets}": "dit kan bij `target:`: {targets}",
    "unknown agreement '{target}'": "afspraak '{target}' bestaat niet",
    "unknown target '{target}'": "'{target}' bestaat niet in het document",
    "'{field}' occurs {count} times in target '{target}'; it must occur once": (
        "de tekst bij `{field}:` staat {count} keer in `target: {target}`; "
        "die moet er precies één keer in staan"
    ),
    "quote more of the surrounding text to make it unique": (
        "Neem meer van de tekst eromheen over, zodat die maar één keer voorkomt."
    ),
    "'{field}' text not found in target '{target}'": (
        "de tekst bij `{field}:` staat niet in `target: {target}`"
    ),
    "the target has no text": "daar staat geen tekst",
    'closest passage:\n"{passage}"\n{caret}^ the passage has {found}, the fragment {expected}': (
        'dit lijkt er het meest op:\n"{passage}"\n{caret}^ hier staat {found}, '
        "bij de wijziging {expected}"
    ),
    "nothing more": "niets meer",
    "unknown chapter '{chapter}'": "hoofdstuk '{chapter}' bestaat niet",
    "chapters: {chapters}": "de hoofdstukken: {chapters}",
    "section id '{id}' is reserved": "de naam '{id}' is gereserveerd voor het document zelf",
    "a section id may not be 'documents', {anchors}, nor start with {prefixes}": (
        "Een onderdeel mag niet 'documents' of {anchors} heten, en de naam mag niet beginnen "
        "met {prefixes}."
    ),
    "{name} existed already; a number or id is never reused": (
        "{name} bestond al; een nummer of naam wordt nooit opnieuw gebruikt"
    ),
    "{name} exists already; a number or id is never reused": (
        "{name} bestaat al; een nummer of naam wordt nooit opnieuw gebruikt"
    ),
    "defined at {where}": "zie {where}",
    "'{field}' has no text": "bij `{field}:` staat geen tekst",
    "deleting from the list '{target}' needs 'text': a fragment of the item to delete": (
        "om iets uit de lijst '{target}' te verwijderen is `text:` nodig: "
        "een stuk tekst van het punt dat weg moet"
    ),
    "this would delete all text of {name}": "zo verdwijnt alle tekst van {name}",
    "leave out 'text' to delete the whole agreement or section": (
        "Laat `text:` weg om de hele afspraak of het hele onderdeel te verwijderen."
    ),
    # characters the PDF cannot print
    "the text holds {character}, which the PDF's fonts cannot print": (
        "de tekst bevat {character}; dat teken kan de pdf niet afdrukken"
    ),
    "the entity {entity} makes {character}, which the PDF's fonts cannot print": (
        "{entity} wordt {character}; dat teken kan de pdf niet afdrukken"
    ),
    "remove it or write it another way; the PDF uses only the fonts shipped with the "
    "templates, so that it looks the same on every machine": (
        "Haal het teken weg of schrijf het anders. De pdf gebruikt alleen de eigen lettertypen, "
        "zodat hij er op elke computer hetzelfde uitziet."
    ),
    "write a line break instead (a YAML '\\L' escape makes this character)": (
        "Begin een nieuwe regel (dit teken komt van '\\L' in de YAML)."
    ),
    "write an empty line instead (a YAML '\\P' escape makes this character)": (
        "Zet er een lege regel (dit teken komt van '\\P' in de YAML)."
    ),
    "write a line break instead (a YAML '\\N' escape makes this character)": (
        "Begin een nieuwe regel (dit teken komt van '\\N' in de YAML)."
    ),
    "the text held a character that could not be decoded, or an entity such as "
    "'&#0;' that CommonMark replaces with U+FFFD; remove it": (
        "Hier stond een onleesbaar teken, of iets als '&#0;' dat U+FFFD wordt. Haal het weg."
    ),
    "{code} (a noncharacter)": "{code} (geen geldig teken)",
    "{code} ({kind})": "{code} ({kind})",
    "an unassigned character": "een teken zonder betekenis",
    "a control character": "een stuurteken",
    "a private-use character": "een teken voor eigen gebruik",
    "half of a surrogate pair": "een half teken",
    # links between agreements
    "link to #{anchor}, but {what} is not in the document of {years}": (
        "link naar #{anchor}, maar {what} staat niet in het document van {years}"
    ),
    "#{anchor} exists in {years} only; link to it from text of those years, or to a part "
    "that exists in every year the text is in": (
        "#{anchor} bestaat alleen in {years}. Link er alleen naartoe vanuit tekst van die jaren, "
        "of link naar iets dat bestaat in elk jaar waarin deze tekst staat."
    ),
    "the agreements in {year}: {numbers}": "de afspraken in {year}: {numbers}",
    "agreements are linked as #afspraak-<number>, sections by their id, chapters as "
    "#hoofdstuk-<id>": (
        "Link naar een afspraak met #afspraak-<nummer>, naar een onderdeel met zijn naam en naar "
        "een hoofdstuk met #hoofdstuk-<naam>."
    ),
    "link to #{anchor}: {what} is vervallen per {year}": (
        "link naar #{anchor}: {what} is vervallen per {year}"
    ),
    "the link lands on '[Vervallen per {year}]' (deleted by the change at {source}); "
    "link to what replaces it, or remove the link": (
        "De link komt uit bij '[Vervallen per {year}]' (verwijderd door de wijziging op "
        "{source}). Link naar wat ervoor in de plaats kwam, of haal de link weg."
    ),
    "a section or part '{anchor}'": "onderdeel '{anchor}'",
    "chapter '{id}'": "hoofdstuk '{id}'",
    "the goals of chapter '{id}'": "de doelen van hoofdstuk '{id}'",
    # years, dates and the deadline
    "{option} {year} lies outside the period {start}-{end} of agreements/document.yaml": (
        "{option} {year} valt buiten de looptijd {start}-{end} in agreements/document.yaml"
    ),
    "{name}={value} is not a date a document can carry: give whole seconds since "
    "1970-01-01, at most {last} (9999-12-31)": (
        "{name}={value} is geen bruikbare datum: geef een heel aantal seconden sinds "
        "1970-01-01, hoogstens {last} (9999-12-31)"
    ),
    "no Jaarplan is due for {year}: it lies outside the period {start}-{end} of the agreements": (
        "voor {year} is geen Jaarplan nodig: dat jaar valt buiten de looptijd {start}-{end} "
        "van de afspraken"
    ),
    "Jaarplan {year} is adopted and published (due {due})": (
        "Jaarplan {year} is vastgesteld en gepubliceerd (uiterlijk {due})"
    ),
    "{problem}; it is due {due}, in 1 day": "{problem}; uiterlijk {due}, over 1 dag",
    "{problem}; it is due {due}, in {days} days": "{problem}; uiterlijk {due}, over {days} dagen",
    "{problem}, and it was due {due}": "{problem}, en dat moest uiterlijk {due}",
    "Jaarplan {year} is missing (no amendments/{year}/jaarplan.yaml)": (
        "Jaarplan {year} ontbreekt (er is geen amendments/{year}/jaarplan.yaml)"
    ),
    "Jaarplan {year} is not adopted (status: draft in {path})": (
        "Jaarplan {year} is niet vastgesteld (status: draft in {path})"
    ),
    "Jaarplan {year} is adopted but the published site does not carry it": (
        "Jaarplan {year} is vastgesteld, maar staat nog niet op de gepubliceerde site"
    ),
    "the deadline is checked from {start}; nothing is due yet": (
        "de uiterste datum wordt gecontroleerd vanaf {start}; er hoeft nog niets klaar te zijn"
    ),
    # rendering
    "{what} failed: {kind}: {detail}": "{what} is mislukt: {kind}: {detail}",
    "the document": "het document",
    "the Jaarplan": "het Jaarplan",
    "{count} characters of text (at most {limit})": "{count} tekens tekst (hoogstens {limit})",
    "{count} agreements and sections (at most {limit})": (
        "{count} afspraken en onderdelen (hoogstens {limit})"
    ),
    "{count} changes (at most {limit})": "{count} wijzigingen (hoogstens {limit})",
    "the PDF of {output} of {year} would hold {excess}: WeasyPrint would need many "
    "minutes and gigabytes of memory to set it, so prestatie does not start. Build "
    "the HTML and the change report only: prestatie build --year {year} {options}": (
        "de pdf van {output} van {year} zou {excess} bevatten: dat kost vele minuten en "
        "gigabytes geheugen, dus prestatie begint er niet aan. Maak alleen de HTML en het "
        "wijzigingsverslag: prestatie build --year {year} {options}"
    ),
    "the document is too large for a PDF in {years}: it holds {excess}": (
        "het document is te groot voor een pdf in {years}: het bevat {excess}"
    ),
    "a PDF build of those years is refused; build them with {options}": (
        "Een pdf van die jaren wordt geweigerd. Maak ze met {options}."
    ),
    "{title} is too large for a PDF: it holds {excess}": (
        "{title} is te groot voor een pdf: het bevat {excess}"
    ),
    "its PDF is refused; build the year with {options}": (
        "De pdf wordt geweigerd. Maak het jaar met {options}."
    ),
    # check's warnings
    "target '{target}' is also changed in {path}; this change applies after it": (
        "`target: {target}` wordt ook gewijzigd in {path}; deze wijziging komt daarna"
    ),
    "the files of a year apply in file-name order, jaarplan.yaml first; see {places}": (
        "De bestanden van een jaar gelden op volgorde van hun naam, jaarplan.yaml eerst; "
        "zie {places}"
    ),
    "agreement {number} is added to chapter '{chapter}', but agreement {neighbour} is "
    "in chapter '{neighbour_chapter}'": (
        "afspraak {number} komt in hoofdstuk '{chapter}', maar afspraak {neighbour} staat in "
        "hoofdstuk '{neighbour_chapter}'"
    ),
    "numbers above {low} and below {high} fit chapter '{chapter}'; check the number and "
    "the chapter": (
        "In hoofdstuk '{chapter}' passen nummers boven {low} en onder {high}. "
        "Controleer het nummer en het hoofdstuk."
    ),
    "numbers above {low} fit chapter '{chapter}'; check the number and the chapter": (
        "In hoofdstuk '{chapter}' passen nummers boven {low}. "
        "Controleer het nummer en het hoofdstuk."
    ),
    "numbers below {high} fit chapter '{chapter}'; check the number and the chapter": (
        "In hoofdstuk '{chapter}' passen nummers onder {high}. "
        "Controleer het nummer en het hoofdstuk."
    ),
    "the file name '{actual}' does not match its number {number}": (
        "de bestandsnaam '{actual}' past niet bij het nummer {number}"
    ),
    "rename it to {expected}, or correct the number": (
        "Noem het bestand {expected}, of verbeter het nummer."
    ),
    "the file name '{actual}' does not match its id '{id}'": (
        "de bestandsnaam '{actual}' past niet bij de naam '{id}'"
    ),
    "rename it to {expected}, or correct the id": (
        "Noem het bestand {expected}, of verbeter de naam bij `id:`."
    ),
    "{title} is still a draft, and its adoption deadline {deadline} has passed": (
        "{title} is nog een concept, en de uiterste datum voor vaststelling ({deadline}) is voorbij"
    ),
    "once it is signed, set 'status: adopted' and give 'adopted:' its 'date:' "
    "(YYYY-MM-DD) and 'place:'": (
        "Zet na ondertekening `status: adopted` en vul bij `adopted:` de `date:` (JJJJ-MM-DD) "
        "en `place:` in."
    ),
    # show
    "no target '{target}' in the document; did you mean {options}?": (
        "'{target}' staat niet in het document; bedoelt u {options}?"
    ),
    "no target '{target}' in the document; targets: {targets}": (
        "'{target}' staat niet in het document; wel: {targets}"
    ),
    "{name} was deleted as of {year}: it has no text": "{name} is vervallen per {year}: geen tekst",
    "--copy {number}: give a block number or block.sentence, for example 2 or 2.1": (
        "--copy {number}: geef een bloknummer of blok.zin, bijvoorbeeld 2 of 2.1"
    ),
    "{name} has {count} blocks; there is no block {asked}": (
        "{name} heeft {count} blokken; er is geen blok {asked}"
    ),
    "{name} has 1 block; there is no block {asked}": "{name} heeft 1 blok; er is geen blok {asked}",
    "{name} has {count} items; there is no item {asked}": (
        "{name} heeft {count} punten; er is geen punt {asked}"
    ),
    "{name} has 1 item; there is no item {asked}": "{name} heeft 1 punt; er is geen punt {asked}",
    "block {block} has {count} sentences; there is no sentence {asked}": (
        "blok {block} heeft {count} zinnen; er is geen zin {asked}"
    ),
    "block {block} has 1 sentence; there is no sentence {asked}": (
        "blok {block} heeft 1 zin; er is geen zin {asked}"
    ),
    "item {block} has {count} sentences; there is no sentence {asked}": (
        "punt {block} heeft {count} zinnen; er is geen zin {asked}"
    ),
    "item {block} has 1 sentence; there is no sentence {asked}": (
        "punt {block} heeft 1 zin; er is geen zin {asked}"
    ),
    # whole: true
    "'whole: true' is for a change of the whole target, not for one with '{field}'": (
        "`whole: true` hoort bij een wijziging van het geheel, niet bij een wijziging met "
        "`{field}:`"
    ),
    "remove 'whole: true', or leave out '{field}' to change the whole target": (
        "Haal `whole: true` weg, of laat `{field}:` weg om het geheel te wijzigen."
    ),
    # check's loud warnings (loud_rules)
    "deletes all of {name} (“{words}”); meant?": (
        "verwijdert {name} helemaal (“{words}”); is dat de bedoeling?"
    ),
    "replaces all {count} blocks of {name} (“{words}”) by the new text; meant?": (
        "vervangt alle {count} blokken van {name} (“{words}”) door de nieuwe tekst; "
        "is dat de bedoeling?"
    ),
    "add 'whole: true' to the change, or use 'text:'/'old:' for a part of it": (
        "Zet `whole: true` bij de wijziging, of gebruik `text:`/`old:` voor een deel."
    ),
    "this line of '{field}:' starts with '{name}:', and is printed as text": (
        "deze regel van `{field}:` begint met `{name}:` en wordt als tekst afgedrukt"
    ),
    "if '{name}:' is a field of the change, indent it like '{field}:'": (
        "Is `{name}:` een veld van de wijziging? Laat de regel dan even ver inspringen als "
        "`{field}:`."
    ),
    "the text of '{field}:' stops at ' #': “{cut}” is left out as a comment": (
        "de tekst bij `{field}:` houdt op bij ' #': “{cut}” valt weg als commentaar"
    ),
    "put the whole text between double quotes, or write it after '{field}: |' on the next lines": (
        "Zet de hele tekst tussen dubbele aanhalingstekens, of schrijf hem na `{field}: |` "
        "op de volgende regels."
    ),
    "this line of '{field}:' ends in two spaces: the text will break to a new line here": (
        "deze regel van `{field}:` eindigt op twee spaties: de tekst gaat hier verder op een "
        "nieuwe regel"
    ),
    "remove the spaces at the end of the line": "Haal de spaties aan het eind van de regel weg.",
    "the label '{label}' names {named}, but this is the Jaarplan of {year}": (
        "het label '{label}' noemt {named}, maar dit is het Jaarplan van {year}"
    ),
    "correct the year in 'label:', or leave the label out: the default names the right year": (
        "Verbeter het jaar bij `label:`, of laat het label weg: dan staat het goede jaar erin."
    ),
    "{title} is adopted on {date}, after its deadline of {deadline}": (
        "{title} is vastgesteld op {date}, na de uiterste datum {deadline}"
    ),
    "check the date: the Jaarplan of {year} is adopted by {deadline}": (
        "Controleer de datum: het Jaarplan van {year} wordt uiterlijk {deadline} vastgesteld."
    ),
    "the adoption date {written} is {date}; or was {other} meant?": (
        "de datum van vaststelling {written} is {date}; of bedoelt u {other}?"
    ),
    "dates are written year-month-day: {other} is {written}": (
        "Een datum schrijft u als jaar-maand-dag: {other} is {written}."
    ),
    "{day} {month} {year}": "{day} {month} {year}",
    "January": "januari",
    "February": "februari",
    "March": "maart",
    "April": "april",
    "May": "mei",
    "June": "juni",
    "July": "juli",
    "August": "augustus",
    "September": "september",
    "October": "oktober",
    "November": "november",
    "December": "december",
    #
    #
    # --- sources ------------------------------------------------------------------------------
    "cannot read: {reason}": "kan het bestand niet lezen: {reason}",
    "the file does not exist (a broken symbolic link?)": (
        "het bestand bestaat niet (een kapotte symbolische link?)"
    ),
    "not a regular file": "het is geen gewoon bestand",
    "missing agreements/document.yaml": "agreements/document.yaml ontbreekt",
    "every project has it: the title, period, parties and chapters": (
        "elk project heeft dit bestand: de titel, de looptijd, de partijen en de hoofdstukken"
    ),
    "the period ends ({end}) before it starts ({start})": (
        "de looptijd eindigt ({end}) voordat hij begint ({start})"
    ),
    "duplicate party id '{key}'": "de naam `{key}` van een partij staat er twee keer",
    "duplicate chapter id '{key}'": "de naam `{key}` van een hoofdstuk staat er twee keer",
    "duplicate agreement number '{key}'": "afspraak {key} bestaat twee keer",
    "duplicate section id '{key}'": "de naam `{key}` van een onderdeel bestaat twee keer",
    "first used at {where}": "eerst gebruikt in {where}",
    "amendments/{year}/ has no jaarplan.yaml": "amendments/{year}/ heeft geen jaarplan.yaml",
    "run 'prestatie new --year {year}' or add the file by hand": (
        "gebruik `prestatie new --year {year}`, of maak het bestand zelf"
    ),
    "change files must end in .yaml": "een bestand met wijzigingen moet op .yaml eindigen",
    "rename it to {name}.yaml": "noem het {name}.yaml",
    "year {written} does not match its folder amendments/{year}/": (
        "het jaar {written} past niet bij de map amendments/{year}/"
    ),
    "write 'year: {year}', or move the file to amendments/{written}/": (
        "schrijf `year: {year}`, of zet het bestand in amendments/{written}/"
    ),
    "year {year} lies outside the period {start}-{end} of document.yaml": (
        "het jaar {year} valt buiten de looptijd {start}-{end} in document.yaml"
    ),
    "folder '{name}' is not a chapter of document.yaml": (
        "de map `{name}` is geen hoofdstuk in document.yaml"
    ),
    "front matter is not closed by a '---' line": (
        "de kop van het bestand wordt niet afgesloten met een regel `---`"
    ),
    "put a line with only --- below the number (or the id and title)": (
        "zet een regel met alleen --- onder het nummer (of onder `id:` en `title:`)"
    ),
    "section id '{name}' is reserved": (
        "een onderdeel kan niet `{name}` heten: die naam is gereserveerd"
    ),
    "amendments is not a folder": "amendments is geen map",
    "amendments/ holds one folder per year, such as amendments/2024/": (
        "amendments/ bevat één map per jaar, zoals amendments/2024/"
    ),
    "amendments/{year} is not a folder": "amendments/{year} is geen map",
    "a Jaarplan lives in amendments/{year}/jaarplan.yaml": (
        "een Jaarplan staat in amendments/{year}/jaarplan.yaml"
    ),
    "folder '{name}' is not a year": "de map `{name}` is geen jaar",
    "unknown party '{party}'": "onbekende partij `{party}`",
    "parties: {parties}": "partijen: {parties}",
    "no such date: {date}": "deze datum bestaat niet: {date}",
    "write the date as YYYY-MM-DD, with a month from 01 to 12 and a day that month has": (
        "schrijf de datum als JJJJ-MM-DD, met een maand van 01 tot en met 12 en een dag die in "
        "die maand bestaat"
    ),
    "a symbolic link that leads back to itself": (
        "een symbolische link die naar zichzelf terugwijst"
    ),
    "the file name holds the control character {character}": (
        "de bestandsnaam bevat het stuurteken {character}"
    ),
    "rename the file": "geef het bestand een andere naam",
    "the agreement has no text": "de afspraak heeft geen tekst",
    "write its text below the second '---' line": "schrijf de tekst onder de tweede regel `---`",
    "missing front matter: the file must start with a '---' line": (
        "de kop van het bestand ontbreekt: het bestand moet beginnen met een regel `---`"
    ),
    "start with ---, then 'number: 5' (or 'id:' and 'title:'), then ---": (
        "begin met ---, dan `number: 5` (of `id:` en `title:`), dan ---"
    ),
    "source file points outside the project": (
        "het bronbestand wijst naar een plek buiten het project"
    ),
    "copy the file into the project instead of linking to it": (
        "zet het bestand zelf in het project, in plaats van een link ernaar"
    ),
    "target name '{name}' is used twice": "de naam `{name}` van een bestemming staat er twee keer",
    "give each target its own name": "geef elke bestemming een eigen naam",
    "not a regular file or folder ({reason})": "geen gewoon bestand of map ({reason})",
    "a link to {target}, outside the project": "een link naar {target}, buiten het project",
    "unknown revision '{name}': no such branch, tag or commit": (
        "onbekende versie `{name}`: er is geen branch, tag of commit met die naam"
    ),
    "{folder} is not inside a git repository": "{folder} ligt niet in een git-repository",
    "git archive could not read revision '{name}'": "git archive kon versie `{name}` niet lezen",
    "{refusal}: cannot be read safely (in {revision})": (
        "{refusal}: kan niet veilig gelezen worden (in {revision})"
    ),
    "git is not installed, so revisions cannot be read": (
        "git is niet geïnstalleerd, dus eerdere versies zijn niet te lezen"
    ),
    # schema: the plain words per kind of rule
    "missing required field '{name}'": "het veld `{name}:` ontbreekt",
    "unknown field '{name}'": "onbekend veld `{name}:`",
    "valid fields here: {fields}": "toegestaan hier: {fields}",
    "did you mean '{name}'? Valid fields here: {fields}": (
        "bedoelt u `{name}`? Toegestaan hier: {fields}"
    ),
    "did you mean '{value}'?": "bedoelt u `{value}`?",
    "{field} is '{value}'; it must be one of: {options}": (
        "{field} is `{value}`; kies uit: {options}"
    ),
    "{field} must be '{value}'": "{field} moet `{value}` zijn",
    "{field} must be {wanted}, not {found}": "{field} moet {wanted} zijn, niet {found}",
    "{field} must not be empty": "{field} mag niet leeg zijn",
    "{field} must not be an empty list": "{field} mag geen lege lijst zijn",
    "{field} needs at least {count} entries": "{field} heeft minstens {count} punten nodig",
    "{field} {problem}": "{field} {problem}",
    "'{name}'": "`{name}:`",
    "an entry of '{name}'": "een punt van de lijst `{name}:`",
    "the value": "de waarde",
    "text": "tekst",
    "a whole number": "een getal",
    "fields written as 'name: value'": "velden met `naam: waarde`",
    "a list": "een lijst",
    "true or false": "`true` of `false`",
    "a number or text": "een getal of tekst",
    "'{text}'": "`{text}`",
    "fields": "velden",
    "empty": "leeg",
    "write the number in digits, without quotes or a leading zero (2024)": (
        "schrijf het getal in cijfers, zonder aanhalingstekens en zonder 0 vooraan (2024)"
    ),
    "write true or false, without quotes": "schrijf true of false, zonder aanhalingstekens",
    "a '-' with no change after it": "een losse `-` zonder wijziging erachter",
    "remove the '-', or write the change after it": "haal de `-` weg, of vul de wijziging aan",
    "a '-' with nothing after it": "een losse `-` zonder iets erachter",
    "remove the '-', or fill in the entry": "haal de `-` weg, of vul de regel aan",
    (
        "must be a name of lower-case letters, digits and hyphens, starting with a letter "
        "(such as wonen-en-zorg)"
    ): (
        "moet een naam zijn van kleine letters, cijfers en streepjes, die met een letter "
        "begint (zoals `wonen-en-zorg`)"
    ),
    "must be an agreement number, such as 5, 12a, 2.1.1 or A3": (
        "moet een afspraaknummer zijn, zoals 5, 12a, 2.1.1 of A3"
    ),
    (
        "must be an agreement number (5, 12a, 2.1.1), the name of a section, a chapter's goals "
        "('wonen-en-zorg/goals') or 'documents'"
    ): (
        "moet een afspraaknummer zijn (5, 12a, 2.1.1), de naam van een onderdeel, de doelen van "
        "een hoofdstuk (`wonen-en-zorg/goals`) of `documents`"
    ),
    "give either 'number' (an agreement) or 'id' and 'title' (a section)": (
        "geef óf `number:` (een afspraak), óf `id:` en `title:` (een onderdeel)"
    ),
    "'op: add' needs either 'number' (a new agreement) or 'id' and 'title' (a new section)": (
        "bij `op: add` hoort óf `number:` (een nieuwe afspraak), óf `id:` en `title:` (een "
        "nieuw onderdeel)"
    ),
    (
        "'op: replace' needs either 'text' (and if you like 'title') to replace the whole "
        "text, or 'old' and 'new' to replace a part of it"
    ): (
        "bij `op: replace` hoort óf `text:` (met eventueel `title:`) om de hele tekst te "
        "vervangen, óf `old:` en `new:` om een deel ervan te vervangen"
    ),
    "must be a date written as YYYY-MM-DD": "moet een datum zijn, geschreven als JJJJ-MM-DD",
    "must be a name of lower-case letters, digits and hyphens": (
        "moet een naam zijn van kleine letters, cijfers en streepjes"
    ),
    "must be a host name, without user, port or path": (
        "moet een hostnaam zijn, zonder gebruiker, poort of pad"
    ),
    "must be a user name": "moet een gebruikersnaam zijn",
    "must be a folder path of letters, digits and . _ / ~ -": (
        "moet het pad van een map zijn, van letters, cijfers en . _ / ~ -"
    ),
    (
        "must be the name of a CI secret (capitals, digits and _; not GITHUB_...), never the "
        "key itself"
    ): (
        "moet de naam van een CI-geheim zijn (hoofdletters, cijfers en _; niet GITHUB_...), "
        "nooit de sleutel zelf"
    ),
    # yamlsource and yamlerrors: the file and its YAML
    "the file is {size} MB; a source file may be at most {limit} MB": (
        "het bestand is {size} MB; een bronbestand mag hoogstens {limit} MB zijn"
    ),
    "a Jaarplan or an agreement is a few kilobytes: is this the right file?": (
        "een Jaarplan of een afspraak is een paar kilobyte: is dit het goede bestand?"
    ),
    "not valid UTF-8 (byte 0x{byte})": "geen geldige UTF-8 (byte 0x{byte})",
    "save the file as UTF-8": "sla het bestand op als UTF-8",
    "the control character {character} is not allowed": (
        "het stuurteken {character} mag hier niet staan"
    ),
    "remove it: sources hold printable text, tabs and line ends only": (
        "haal het weg: een bronbestand bevat alleen gewone tekst, tabs en regeleinden"
    ),
    "the character U+{code} is not allowed": "het teken U+{code} mag niet in een bronbestand staan",
    "remove the control character; source files hold plain text": (
        "haal het stuurteken weg; een bronbestand bevat alleen gewone tekst"
    ),
    "nesting deeper than {depth} levels is not allowed": "meer dan {depth} niveaus diep kan niet",
    "invalid YAML: {problem}": "ongeldige YAML: {problem}",
    "YAML anchors and aliases are not allowed in sources": (
        "ankers en verwijzingen van YAML (`&naam`, `*naam`) kunnen niet in een bronbestand"
    ),
    (
        "a value that starts with '&' or '*' is one: put such a text in quotes, and write a "
        "repeated text out in full"
    ): (
        "een waarde die met `&` of `*` begint, is er een: zet zo'n tekst tussen "
        "aanhalingstekens, en schrijf een herhaalde tekst voluit"
    ),
    "YAML tags are not allowed ({tag})": "YAML-labels zoals {tag} kunnen niet in een bronbestand",
    "a value that starts with '!' is one: put such a text in quotes": (
        "een waarde die met `!` begint, is er een: zet zo'n tekst tussen aanhalingstekens"
    ),
    "a field name must be plain text": "een veldnaam moet gewone tekst zijn",
    "write the field as 'name: value'": "schrijf het veld als `naam: waarde`",
    "YAML merge keys (<<) are not allowed": "samenvoegen met `<<` kan niet in een bronbestand",
    "write the fields out in full": "schrijf de velden voluit",
    "duplicate key '{key}'": "het veld `{key}:` staat er twee keer",
    "'{key}:' was given at line {line} already: keep one of the two": (
        "`{key}:` staat al op regel {line}: houd er één van de twee"
    ),
    "a tab on this line: YAML indents with spaces only": (
        "een tab op deze regel; inspringen gaat alleen met spaties"
    ),
    "replace the tab with spaces": "vervang de tab door spaties",
    "a colon followed by a space in the text of '{field}:'": (
        "een dubbele punt met een spatie erna in de tekst bij `{field}:`"
    ),
    "put the text on the lines after '{field}: |', indented further, or put it in quotes": (
        "zet de tekst op de volgende regels na `{field}: |`, verder ingesprongen, of zet hem "
        "tussen aanhalingstekens"
    ),
    "a colon followed by a space in a text": "een dubbele punt met een spatie erna in een tekst",
    "put the text in quotes, or on the lines after 'name: |', indented further": (
        "zet de tekst tussen aanhalingstekens, of op de volgende regels na `naam: |`, verder "
        "ingesprongen"
    ),
    "line {line} is indented too far": "regel {line} springt te ver in",
    "line {line} is indented further than the line above": (
        "regel {line} springt verder in dan de regel erboven"
    ),
    (
        "fields that belong together stand exactly below each other: indent line {line} "
        "as far as line {above}"
    ): (
        "velden die bij elkaar horen, staan precies onder elkaar: laat regel {line} net zo ver "
        "inspringen als regel {above}"
    ),
    "line {line} must be indented as far as the line above": (
        "regel {line} moet net zo ver inspringen als de regel erboven"
    ),
    "it continues the text above: every line of a text is indented as far as its first line": (
        "de regel hoort bij de tekst erboven: alle regels van een tekst springen even ver in "
        "als de eerste"
    ),
    "line {line} is no field ('name: value') but is indented as far as the fields": (
        "regel {line} is geen veld (`naam: waarde`), maar springt even ver in als de velden"
    ),
    (
        "if it belongs to the text above, put that text on the lines after '{field}: |', "
        "indented further"
    ): (
        "hoort de regel bij de tekst erboven? Zet die tekst dan op de regels na `{field}: |`, "
        "verder ingesprongen"
    ),
    "line {line} is not indented like the lines it belongs with": (
        "regel {line} springt niet even ver in als de regels waar hij bij hoort"
    ),
    "put a space after the '-' on line {line}": "zet een spatie na de `-` op regel {line}",
    "put the '-' exactly below the '-' of line {above}": (
        "zet de `-` precies onder de `-` van regel {above}"
    ),
    "put '{key}:' exactly below '{other}:' of line {above}": (
        "zet `{key}:` precies onder `{other}:` van regel {above}"
    ),
    (
        "indent with spaces: fields that belong together stand exactly below each other, "
        "and so does each '-' of a list"
    ): (
        "spring in met spaties: velden die bij elkaar horen, staan precies onder elkaar, en zo "
        "ook elke `-` van een lijst"
    ),
    "more text after the quote that closes the text": (
        "er staat nog tekst na het aanhalingsteken dat de tekst sluit"
    ),
    "put the whole text in quotes, or leave the quotes out": (
        "zet de hele tekst tussen aanhalingstekens, of laat de aanhalingstekens weg"
    ),
    "the line goes on after its value ended": "de regel gaat nog door na het einde van de waarde",
    "put the whole text in quotes": "zet de hele tekst tussen aanhalingstekens",
    "a text that starts with the character {char} must be in quotes": (
        "een tekst die met het teken {char} begint, moet tussen aanhalingstekens staan"
    ),
    "the quote that opens this text is never closed": (
        "het aanhalingsteken aan het begin van deze tekst wordt nergens gesloten"
    ),
    "put the same quote at the end of the text": (
        "zet hetzelfde aanhalingsteken aan het eind van de tekst"
    ),
    "a backslash in double quotes starts a code YAML does not know": (
        "een backslash tussen dubbele aanhalingstekens begint een code die YAML niet kent"
    ),
    "use single quotes around the text, or write the backslash twice": (
        "zet de tekst tussen enkele aanhalingstekens, of schrijf de backslash twee keer"
    ),
    "the '{bracket}' on line {line} is not closed with '{closing}'": (
        "de `{bracket}` op regel {line} wordt niet gesloten met `{closing}`"
    ),
    "close it, and put a text that holds a comma or a colon in quotes": (
        "sluit hem, en zet een tekst met een komma of een dubbele punt tussen aanhalingstekens"
    ),
    #
    #
    # --- commands and outputs -------------------------------------------------------------------
    "--since {since} must lie before --year {year}": (
        "--since {since} moet vóór --year {year} liggen"
    ),
    "--since {since} lies before the period {start}-{end}; "
    "--since {before} reports every change of the period": (
        "--since {since} ligt vóór de looptijd {start}-{end}; "
        "met --since {before} komen alle wijzigingen van de looptijd in het overzicht"
    ),
    "{message} (in {side})": "{message} (in {side})",
    "{path} exists already; prestatie new never overwrites a Jaarplan": (
        "{path} bestaat al; prestatie new overschrijft nooit een Jaarplan"
    ),
    "edit the file, or remove it first to start again": (
        "Werk het bestand bij, of verwijder het eerst om opnieuw te beginnen."
    ),
    "{what} failed: {kind}: {error}": "{what} is mislukt: {kind}: {error}",
    "the build": "het bouwen",
    "the {name} output": "de uitvoer {name}",
    "the review": "de vergelijking",
    "First run check: fail, writing nothing, on any warning as well as on any error.": (
        "Voer eerst check uit: stop zonder iets te schrijven bij elke fout en elke waarschuwing."
    ),
    "the worker process": "het hulpproces",
    "year {year}": "jaar {year}",
    "years {years}": "jaren {years}",
    "{message} ({years})": "{message} ({years})",
    "--out {folder} is a symbolic link to a folder that does not exist": (
        "--out {folder} is een snelkoppeling naar een map die niet bestaat"
    ),
    "--out {folder} is a file, not a folder": "--out {folder} is een bestand, geen map",
    "--out {folder} is not empty and holds no {manifest}: "
    "refusing to write into a folder that is not a published site": (
        "--out {folder} is niet leeg en bevat geen {manifest}: er wordt niets geschreven in "
        "een map die geen gepubliceerde website is. Kies een lege map of de map van de website."
    ),
    "--out {folder}: {reason}; nothing was written": (
        "--out {folder}: {reason}; er is niets geschreven"
    ),
    "--out {folder}: {reason}": "--out {folder}: {reason}",
    "cannot write the site: {reason}": "de website kan niet worden geschreven: {reason}",
    "cannot write: {reason}": "kan niet schrijven: {reason}",
    "cannot write beside this folder: {reason}": ("kan niet schrijven naast deze map: {reason}"),
    "is a file: the outputs go into a folder of this name": (
        "is een bestand: de uitvoer komt in een map met deze naam"
    ),
    "is a folder, where a file of this name must go": (
        "is een map, maar hier moet een bestand met deze naam komen"
    ),
    "is a folder: the file goes here": "is een map: hier moet het bestand komen",
    "{count} of {total} files were replaced before; the manifest was not": (
        "{count} van de {total} bestanden zijn al vervangen; het overzichtsbestand niet"
    ),
    "the outputs were replaced; the manifest was not updated": (
        "de uitvoer is vervangen; het overzichtsbestand is niet bijgewerkt"
    ),
    "{manifest} is not a list of the site's files ({cause})": (
        "{manifest} is geen lijst van de bestanden van de website ({cause})"
    ),
    "not written by an earlier publish: {paths}": (
        "niet geschreven door een eerdere publicatie: {paths}. "
        "Verplaats deze bestanden, of kies een andere map."
    ),
    #
    #
    # --- render -------------------------------------------------------------------------------
    "{count} error": "{count} fout",
    "{count} errors": "{count} fouten",
    "{count} warning": "{count} waarschuwing",
    "{count} warnings": "{count} waarschuwingen",
    "{count} file": "{count} bestand",
    "{count} files": "{count} bestanden",
    "{errors}, {warnings} in {files}; years {first}-{last} checked": (
        "{errors}, {warnings} in {files}; jaren {first}-{last} gecontroleerd"
    ),
    "{errors}, {warnings}; the sources could not be loaded, so no year was checked": (
        "{errors}, {warnings}; de bronbestanden konden niet worden gelezen, dus is geen enkel "
        "jaar gecontroleerd"
    ),
    " (CONCEPT: a draft Jaarplan is applied)": " (CONCEPT: er is een concept-Jaarplan toegepast)",
    "(empty)": "(leeg)",
    "History": "Geschiedenis",
    "no Jaarplan has changed it: the text of the base document": (
        "geen Jaarplan heeft dit gewijzigd: de tekst van het basisdocument"
    ),
    "reason: {reason}": "toelichting: {reason}",
    "Copy a block or sentence as the text for old:, text: or after: with": (
        "Kopieer een blok of zin als tekst voor old:, text: of after: met"
    ),
    "unchanged": "ongewijzigd",
    "new": "nieuw",
    "removed": "vervalt",
    "changed": "gewijzigd",
    "rewritten": "herschreven",
    "The consolidated text does not change in any year.": (
        "De geconsolideerde tekst verandert in geen enkel jaar."
    ),
    "Comparison of {base} with {head}.": "Vergelijking van {base} met {head}.",
    "[-removed text-] {{+added text+}}": "[-vervallen tekst-] {{+nieuwe tekst+}}",
    "{years}: the consolidated text does not change.": (
        "{years}: de geconsolideerde tekst verandert niet."
    ),
    "{count} part changes": "{count} onderdeel verandert",
    "{count} parts change": "{count} onderdelen veranderen",
    " in each of these years": " in elk van deze jaren",
    "After:": "Wordt:",
    "Before:": "Was:",
    "Before and after:": "Was → wordt:",
    "Only the line breaks changed.": "Alleen de regelafbreking is gewijzigd.",
    "md for a pull-request comment, html for the whole comparison, json for tools, text "
    "for a terminal (default: text on a terminal, else md).": (
        "md voor een reactie bij een pull request, html voor de hele vergelijking, json voor "
        "programma's, text voor een terminal (standaard: text op een terminal, anders md)."
    ),
    #
    #
    # --- cli ----------------------------------------------------------------------------------
    "wrote {path}": "geschreven: {path}",
    "up to date: {path}": "al bijgewerkt: {path}",
    "note: a draft Jaarplan is applied; every output is marked CONCEPT": (
        "let op: er is een concept-Jaarplan toegepast; alle uitvoer is gemarkeerd als CONCEPT"
    ),
    "wrote {folder}: {count} file; versions {years}": (
        "geschreven: {folder}: {count} bestand; versies {years}"
    ),
    "wrote {folder}: {count} files; versions {years}": (
        "geschreven: {folder}: {count} bestanden; versies {years}"
    ),
    "latest/ is {year}": "latest/ is {year}",
    "no adopted version: no latest/": "geen vastgestelde versie: geen latest/",
    "deadline missed: {reason}": "termijn verstreken: {reason}",
    "deadline: {outcome}": "termijn: {outcome}",
    "--today only goes with --check-deadline": "--today kan alleen samen met --check-deadline",
    "building versions": "versies bouwen",
    "{count} error; nothing was written": "{count} fout; er is niets geschreven",
    "{count} errors; nothing was written": "{count} fouten; er is niets geschreven",
    "unknown format {formats}; choose from {choices}": (
        "onbekend formaat {formats}; kies uit {choices}"
    ),
    "no format given; choose from {choices}": "geen formaat opgegeven; kies uit {choices}",
    "next: write its changes, then run 'prestatie check'": (
        "volgende stap: schrijf de wijzigingen en voer dan 'prestatie check' uit"
    ),
    "note: {number} occurs more than once in {title}; with {parts} added the text occurs once": (
        "let op: {number} staat vaker in {title}; met {parts} erbij komt de tekst één keer voor"
    ),
    "note: this text occurs {count} times in {title}; as a text for old:, text: or "
    "after: it is not unique": (
        "let op: deze tekst staat {count} keer in {title}; als tekst bij old:, text: of "
        "after: is hij niet eenduidig"
    ),
    # help: the commands
    "Consolidate prestatieafspraken and their yearly Jaarplannen.": (
        "Consolideer prestatieafspraken en hun jaarlijkse Jaarplannen."
    ),
    "Apply the Jaarplannen up to --year; write the consolidated document, the change report "
    "and the year's Jaarplan ready to sign.": (
        "Pas de Jaarplannen tot en met --year toe; schrijf de geconsolideerde tekst, het "
        "wijzigingsoverzicht en het Jaarplan van dat jaar, klaar om te ondertekenen."
    ),
    "Write the website: every version, its PDF and change report, versions.json, SHA256SUMS.": (
        "Schrijf de website: elke versie, met PDF en wijzigingsoverzicht, versions.json en "
        "SHA256SUMS."
    ),
    "Print publish.yaml's enabled targets as one line of JSON (the workflow's job matrix).": (
        "Toon de ingeschakelde bestemmingen uit publish.yaml als één regel JSON (voor de workflow)."
    ),
    "Validate every source and apply every Jaarplan; report every problem with its code."
    "\n\nExit status 1 on any error, and with --strict on any warning too.": (
        "Controleer alle bronbestanden en pas elk Jaarplan toe; meld elk probleem met zijn code."
        "\n\nAfsluitcode 1 bij een fout, en met --strict ook bij een waarschuwing."
    ),
    "Show what a change does to the consolidated text of every year, agreement by agreement."
    "\n\nBoth sides are read through git; the working tree is never touched.": (
        "Toon wat een wijziging doet met de geconsolideerde tekst van elk jaar, afspraak voor "
        "afspraak.\n\nBeide kanten worden via git gelezen; de werkmap blijft onaangeroerd."
    ),
    "Print TARGET (5, tijdlijn, betaalbaarheid/goals, documents) as consolidated, with history.": (
        "Toon WAT (5, tijdlijn, betaalbaarheid/goals, documents) zoals geconsolideerd, "
        "met de geschiedenis."
    ),
    "Start amendments/<year>/jaarplan.yaml: a draft with commented examples of every "
    "kind of change.": (
        "Begin amendments/<year>/jaarplan.yaml: een concept met uitgelegde voorbeelden van "
        "elke soort wijziging."
    ),
    # help: the options
    "The project root: the folder with agreements/ and amendments/ "
    "(default: the current folder).": (
        "De map van het project: de map met agreements/ en amendments/ (standaard: de huidige map)."
    ),
    "Language of messages and help: nl or en (default: ${variable}, else nl).": (
        "Taal van meldingen en hulp: nl of en (standaard: ${variable}, anders nl)."
    ),
    "The year to consolidate, e.g. 2024.": "Het jaar om te consolideren, bijvoorbeeld 2024.",
    "Report every change after this year up to --year (default: the changes of --year).": (
        "Neem elke wijziging na dit jaar tot en met --year op in het overzicht "
        "(standaard: de wijzigingen van --year)."
    ),
    "Comma-separated outputs to build: {outputs} (default: all).": (
        "Te bouwen uitvoer, gescheiden door komma's: {outputs} (standaard: alles)."
    ),
    "Output folder (default: build/<year>).": "Map voor de uitvoer (standaard: build/<year>).",
    "Rebuild every output, also those whose sources, templates and options are unchanged.": (
        "Bouw alle uitvoer opnieuw, ook als bronbestanden, sjablonen en opties niet zijn gewijzigd."
    ),
    "Folder to write the site into; an earlier site there is replaced.": (
        "Map waarin de website komt; een eerdere website daar wordt vervangen."
    ),
    "Also publish versions with a draft Jaarplan, marked CONCEPT (or set it in publish.yaml).": (
        "Publiceer ook versies met een concept-Jaarplan, gemarkeerd als CONCEPT (of zet dit in "
        "publish.yaml)."
    ),
    "Years built at once, each in its own process (default: one per core).": (
        "Aantal jaren dat tegelijk wordt gebouwd, elk in een eigen proces (standaard: één per "
        "processorkern)."
    ),
    "Then fail when next year's Jaarplan is not adopted and on the site by 15 December.": (
        "Mislukt daarna als het Jaarplan van volgend jaar op 15 december niet is vastgesteld en "
        "op de website staat."
    ),
    "The date --check-deadline assumes, as YYYY-MM-DD (default: today).": (
        "De datum die --check-deadline aanneemt, als JJJJ-MM-DD (standaard: vandaag)."
    ),
    "Fail on warnings as well as errors.": "Mislukt bij waarschuwingen, niet alleen bij fouten.",
    "text for people, github for workflow annotations, json for tools.": (
        "text om te lezen, github voor meldingen in de workflow, json voor programma's."
    ),
    "The date W304 (a draft past its adoption deadline) compares with (default: today).": (
        "De datum waarmee W304 (een concept na de termijn om vast te stellen) vergelijkt "
        "(standaard: vandaag)."
    ),
    "The revision to compare with, e.g. origin/main.": (
        "De versie om mee te vergelijken, bijvoorbeeld origin/main."
    ),
    "The revision to review (default: the working tree, committed or not).": (
        "De versie om te bekijken (standaard: de werkmap, vastgelegd of niet)."
    ),
    "Only this year (default: every year).": "Alleen dit jaar (standaard: elk jaar).",
    "Write to this file instead of standard output.": (
        "Schrijf naar dit bestand in plaats van naar het scherm."
    ),
    "The year (default: the period's last).": "Het jaar (standaard: het laatste van de looptijd).",
    "Number the blocks and their sentences (2, 2.1), to copy one with --copy.": (
        "Nummer de blokken en hun zinnen (2, 2.1), om er een te kopiëren met --copy."
    ),
    "Print only block N or sentence N.M as written: a fragment to paste into old:/text:.": (
        "Toon alleen blok N of zin N.M zoals geschreven: tekst om te plakken bij old: of text:."
    ),
    "The year of the new Jaarplan.": "Het jaar van het nieuwe Jaarplan.",
    #
    #
    # --- Part 2: tables, footnotes, images, links ---------------------------------------------
    #
    #
    # --- click's own words ------------------------------------------------------------------------
    # (in CLICK_DUTCH below: click formats them itself)
    #
    #
    # --- render messages --------------------------------------------------------------------------
    # The Jaarplan's phrases (jaarplan-phrases.yaml): a phrase is "een vaste tekst", its
    # {placeholder} "een invulveld".
    "phrase '{name}' uses the placeholder {missing}, which it does not get here; it may use none": (
        "de vaste tekst '{name}' gebruikt het invulveld {missing}, maar krijgt dat hier niet. "
        "Laat het weg: deze tekst krijgt geen invulvelden."
    ),
    "phrase '{name}' uses the placeholder {missing}, which it does not get here; "
    "it may use {given}": (
        "de vaste tekst '{name}' gebruikt het invulveld {missing}, maar krijgt dat hier niet. "
        "Gebruik alleen: {given}"
    ),
    "unknown phrase {names}; known: {known}": (
        "{names} is geen vaste tekst van het Jaarplan. Kies uit: {known}"
    ),
    "unknown phrases {names}; known: {known}": (
        "{names} zijn geen vaste teksten van het Jaarplan. Kies uit: {known}"
    ),
    "cannot read the phrases: {cause}": "het bestand met vaste teksten is niet te lezen: {cause}",
    "the phrases must be a mapping of names to texts": (
        "zet in dit bestand elke vaste tekst als een veld met `naam: tekst`"
    ),
    "phrase '{name}' must be a mapping of texts": (
        "de vaste tekst '{name}' moet bestaan uit velden met `tekst: tekst`"
    ),
    "phrase '{name}' must be a text": (
        "de vaste tekst '{name}' moet één tekst zijn. Zet de tekst tussen aanhalingstekens."
    ),
    "phrase '{name}' has a stray brace ({cause}); write {{{{ or }}}} for a brace itself": (
        "de vaste tekst '{name}' heeft een losse accolade ({cause}). Schrijf {{{{ of }}}} voor "
        "een accolade zelf."
    ),
    "phrase '{name}' has the placeholder {placeholder}: a placeholder is a plain "
    "name in braces, such as {example}": (
        "de vaste tekst '{name}' heeft het invulveld {placeholder}. Een invulveld is alleen een "
        "naam tussen accolades, zoals {example}."
    ),
    # The project's templates and stylesheets; the cause is Jinja's or the system's own words.
    "cannot read the stylesheet: {cause}": "het opmaakbestand is niet te lezen: {cause}",
    "template syntax: {cause}": "het sjabloon is niet goed geschreven: {cause}",
    "refused by the template sandbox: {cause}": ("het sjabloon vraagt iets wat niet mag: {cause}"),
    "undefined in the template: {cause}": "onbekende naam in het sjabloon: {cause}",
    "no template named {name}": "er is geen sjabloon met de naam {name}",
    "template error: {cause}": "fout in het sjabloon: {cause}",
    "the template failed: {kind}: {cause}": "het sjabloon werkt niet: {kind}: {cause}",
    "the HTML anchor #{anchor} is used twice in the document": (
        "het HTML-anker #{anchor} komt twee keer voor in het document"
    ),
    "it is also the anchor of {place}": "het is ook het anker van {place}",
    "the page itself uses it": "de pagina zelf gebruikt het al",
    # The PDF: what the sandbox refused, and WeasyPrint's own warnings quoted as they are.
    "the PDF sandbox refused {url}: {reason}": "de PDF mag {url} niet gebruiken: {reason}",
    "WeasyPrint reported a problem while setting the PDF: {said}": (
        "WeasyPrint meldt een probleem bij het maken van de PDF: {said}"
    ),
    "the {scheme} scheme is not allowed": "een adres met {scheme} is niet toegestaan",
    "a relative address is not allowed": "een relatief adres is niet toegestaan",
    "file URL on another host ({host})": "het bestand staat op een andere computer ({host})",
    "file does not exist": "het bestand bestaat niet",
    "file lies outside the allowed folders": "het bestand ligt buiten de toegestane mappen",
    # The metavars of usage lines and --help (cli.py's _METAVARS); N and choices stay as they are.
    "[OPTIONS]": "[OPTIES]",
    "COMMAND [ARGS]...": "OPDRACHT [ARGUMENTEN]...",
    "INTEGER": "GETAL",
    "INTEGER RANGE": "GETAL",
    "TEXT": "TEKST",
    "DIRECTORY": "MAP",
    "FILE": "BESTAND",
    "LIST": "LIJST",
    "REV": "VERSIE",
    "YYYY-MM-DD": "JJJJ-MM-DD",
    "TARGET": "WAT",
    # --- about ---
    # What an agreement says about itself (contract Part 2): type, owners, due, tags; set.
    "unknown type '{type}'": "onbekende soort afspraak '{type}'",
    (
        "list the types in `types:` of agreements/document.yaml, e.g. "
        "`resultaat: Resultaatafspraak`"
    ): (
        "zet de soorten onder `types:` in agreements/document.yaml, bijvoorbeeld "
        "`resultaat: Resultaatafspraak`"
    ),
    "unknown party '{party}' in `owners`": "onbekende partij '{party}' in `owners`",
    "known ids: {ids}": "u kunt kiezen uit: {ids}",
    "`due` is no date of the calendar: '{due}'": "`due` is geen datum die bestaat: '{due}'",
    "write a year (2025), a quarter (2025-Q2) or a date (2025-06-30)": (
        "schrijf een jaar (2025), een kwartaal (2025-Q2) of een datum (2025-06-30)"
    ),
    "`set` changes an agreement or a section, not the list '{target}'": (
        "`set` wijzigt een afspraak of een onderdeel, niet de lijst '{target}'"
    ),
    "to change the list, use `append`, `replace` or `delete`": (
        "gebruik voor een lijst `append`, `replace` of `delete`"
    ),
    "must be a year (2025), a quarter (2025-Q2) or a date (2025-06-30)": (
        "moet een jaar (2025), een kwartaal (2025-Q2) of een datum (2025-06-30) zijn"
    ),
    "must be a list of names, each named once": "moet een lijst van namen zijn, elk één keer",
    "this `set` changes nothing: {target} says this already": (
        "deze `set` verandert niets: {target} zegt dit al"
    ),
    "remove the change, or check its `target`": "haal de wijziging weg, of kijk `target` na",
    "'op: set' needs at least one of `title`, `type`, `owners`, `due` or `tags`": (
        "'op: set' heeft ten minste een van `title`, `type`, `owners`, `due` of `tags` nodig"
    ),
    # --- numbers: dotted numbers, chapters in levels, order inside a chapter ---
    "chapter '{id}' is at the third level: it cannot hold chapters of its own": (
        "hoofdstuk '{id}' staat op het derde niveau: het kan zelf geen hoofdstukken bevatten"
    ),
    "chapters go three levels deep at most; put these in a chapter above": (
        "Hoofdstukken gaan hoogstens drie niveaus diep. Zet deze in een hoofdstuk hoger."
    ),
    "agreement_heading must name {number} and nothing but {fields}": (
        "bij `agreement_heading:` hoort {number}, en verder alleen {fields}"
    ),
    'for example "Afspraak {number}" or "{number} {title}"': (
        'Schrijf bijvoorbeeld "Afspraak {number}" of "{number} {title}".'
    ),
    "chapter '{parent}' has no sub-chapters in document.yaml": (
        "Hoofdstuk '{parent}' heeft geen hoofdstukken onder zich in document.yaml."
    ),
    "the sub-chapters of '{parent}': {chapters}": ("de hoofdstukken onder '{parent}': {chapters}"),
    "'after' places only a section without a number": (
        "`after:` hoort alleen bij een onderdeel zonder nummer"
    ),
    "an item with a number stands in its place by number; remove 'after'": (
        "Iets met een nummer staat op de plaats van dat nummer. Haal `after:` weg."
    ),
    "no number or section '{after}' in chapter '{chapter}' to place it after": (
        "hoofdstuk '{chapter}' heeft geen nummer of onderdeel '{after}' om het na te zetten"
    ),
    "in this chapter: {names}": "in dit hoofdstuk: {names}",
    "this chapter has no agreements or sections": (
        "dit hoofdstuk heeft geen afspraken of onderdelen"
    ),
    "the sections' 'after' fields go round in a circle": (
        "de `after:` van deze onderdelen wijzen in een kring naar elkaar"
    ),
    "let one of them name an item that has no 'after'": (
        "Laat er één wijzen naar een afspraak of onderdeel zonder `after:`."
    ),
    "must be the number or the name of an agreement or section in the same chapter": (
        "moet het nummer of de naam zijn van een afspraak of onderdeel in hetzelfde hoofdstuk"
    ),
    # --- media: footnotes and images (P150-P159) --------------------------------------------
    "footnote [^{label}] has no definition": "voetnoot [^{label}] heeft geen tekst",
    "write its text in the same file (or change text), on a line of its own: [^{label}]: ...": (
        "schrijf de tekst in hetzelfde bestand (of dezelfde wijzigingstekst), op een eigen regel: "
        "[^{label}]: ..."
    ),
    "footnote [^{label}] is defined but never used": (
        "voetnoot [^{label}] heeft een tekst, maar staat nergens in de tekst"
    ),
    "put [^{label}] in the text where the note belongs, or remove the definition": (
        "zet [^{label}] in de tekst waar de voetnoot hoort, of haal de voetnoottekst weg"
    ),
    "footnote [^{label}] is defined twice": "voetnoot [^{label}] heeft twee keer een tekst",
    "give each note its own label, such as [^{label}b]": (
        "geef elke voetnoot een eigen naam, zoals [^{label}b]"
    ),
    "the image {src} has no alt text": "de afbeelding {src} heeft geen beschrijving",
    "describe the image between the brackets, for readers who cannot see it: "
    "![Kaart van de wijk]({src})": (
        "beschrijf tussen de haken wat de afbeelding laat zien, voor wie haar niet kan zien: "
        "![Kaart van de wijk]({src})"
    ),
    "the image path {src} names another file here than at {first}": (
        "de afbeelding {src} is hier een ander bestand dan bij {first}"
    ),
    "give the two files different names": "geef de twee bestanden een andere naam",
    "the image {src} is not a file in the project": (
        "de afbeelding {src} is geen bestand in het project"
    ),
    "images are embedded from the project, never fetched: copy the file into the project and "
    "write its path relative to this file": (
        "afbeeldingen komen uit het project, nooit van internet: zet het bestand in het project "
        "en schrijf de plaats ervan vanaf dit bestand"
    ),
    "the image {src} lies outside the project ({path})": (
        "de afbeelding {src} staat buiten het project ({path})"
    ),
    "the image file {path} does not exist": "het afbeeldingsbestand {path} bestaat niet",
    "the path is relative to the folder {folder}; check the name and the folder": (
        "de plaats telt vanaf de map {folder}; kijk de naam en de map na"
    ),
    "the image {path} is {size} MB; at most {limit} MB is allowed": (
        "de afbeelding {path} is {size} MB; hoogstens {limit} MB mag"
    ),
    "save it smaller (fewer pixels, or JPEG for a photo)": (
        "sla haar kleiner op (minder pixels, of JPEG voor een foto)"
    ),
    "the image {src} is not a PNG, JPEG or SVG file": (
        "de afbeelding {src} is geen PNG-, JPEG- of SVG-bestand"
    ),
    "save it as .png, .jpg or .svg": "sla haar op als .png, .jpg of .svg",
    "the image {src} holds a {found} image, not what its name says": (
        "de afbeelding {src} is een {found}-bestand, niet wat de naam zegt"
    ),
    "give the file the extension of its type, or save it in the type it names": (
        "geef het bestand de extensie van zijn soort, of sla het op in de soort die de naam noemt"
    ),
    "the SVG image {src} is refused: {problem}": "de SVG-afbeelding {src} mag niet: {problem}",
    "an SVG in a document is a drawing only: no scripts, no event attributes (onload=...), no "
    "links or references to other files or websites": (
        "een SVG in een document is alleen een tekening: geen scripts, geen `onload=...` en "
        "dergelijke, geen verwijzingen naar andere bestanden of websites"
    ),
    "it is no SVG document (or it declares a DOCTYPE or entities)": (
        "het is geen SVG-document (of het heeft een DOCTYPE of entities)"
    ),
    "it holds a <{element}> element": "er staat een <{element}> in",
    "its style refers to another file": "de opmaak verwijst naar een ander bestand",
    "it has an event attribute {attribute}": "er staat een `{attribute}` in",
    "it refers to {target}": "het verwijst naar {target}",
    # --- end media ---
    # --- import jaarplan ---
    "'{month}' is not a month": "'{month}' is geen maand",
    "this date does not exist": "deze datum bestaat niet",
    "this party and its representative are not clear": (
        "hier staat niet duidelijk welke partij tekent en wie haar vertegenwoordigt"
    ),
    "'{name}' is not a party of the document": "'{name}' is geen partij van het document",
    "the parties are: {parties}": "de partijen zijn: {parties}",
    "'{label}' is not a label this import knows": (
        "'{label}' is geen bekend label. Gebruik een van de bekende labels"
    ),
    "known labels: {labels}": "bekende labels: {labels}",
    "the label names {named}, the Jaarplan is for {year}": (
        "het label noemt het jaar {named}, maar het Jaarplan is voor {year}"
    ),
    "agreement {number} is not in the document of {year}, and no label says that it is new": (
        "afspraak {number} staat niet in het document van {year}, en geen label zegt dat het een "
        "nieuwe afspraak is"
    ),
    "write 'Nieuwe afspraak {year}:' above it": "zet 'Nieuwe afspraak {year}:' erboven",
    "agreement {number} was deleted before {year}": (
        "afspraak {number} is al vóór {year} vervallen"
    ),
    "no text follows this label": "onder dit label staat geen tekst",
    "this quoted text names no agreement or section": (
        "deze huidige tekst hoort niet bij een afspraak of onderdeel"
    ),
    "the quoted current text differs from {target} in the document of {year}": (
        "de huidige tekst die hier staat, wijkt af van {target} in het document van {year}"
    ),
    'quoted: "{quoted}"\ndocument: "{document}"': 'hier: "{quoted}"\ndocument: "{document}"',
    "a new agreement starts with its number, under a chapter heading": (
        "een nieuwe afspraak begint met haar nummer en staat onder de kop van een hoofdstuk"
    ),
    "no agreement, section or list is quoted above this label": (
        "boven dit label staat geen huidige afspraak, onderdeel of lijst"
    ),
    "quote the current text first, under 'Huidige afspraak:'": (
        "zet eerst de huidige tekst erboven, onder 'Huidige afspraak:'"
    ),
    'this text cannot be placed: "{text}"': 'deze tekst hoort nergens bij: "{text}"',
    "put a label above it ('Aanvulling {year}:', 'Wijziging {year}:', 'Huidige afspraak:') or "
    "a chapter heading of the document": (
        "zet er een label boven ('Aanvulling {year}:', 'Wijziging {year}:', 'Huidige afspraak:') "
        "of de kop van een hoofdstuk uit het document"
    ),
    "no 'Aldus overeengekomen te ... op ...' with a date: imported as a draft": (
        "er staat geen 'Aldus overeengekomen te ... op ...' met een datum: het Jaarplan is "
        "ingelezen als concept"
    ),
    "set 'status: adopted' and 'adopted:' once every party has signed": (
        "zet 'status: adopted' en vul 'adopted:' in zodra alle partijen hebben getekend"
    ),
    "this PDF is encrypted; import reads only PDFs without protection": (
        "deze PDF is beveiligd. Alleen een PDF zonder beveiliging kan worden ingelezen"
    ),
    "save the Jaarplan again as a PDF without a password or protection": (
        "sla het Jaarplan opnieuw op als PDF, zonder wachtwoord of beveiliging"
    ),
    "this is not a readable PDF": "dit is geen leesbare PDF",
    "open the file in a PDF reader to check it, or save it as PDF again": (
        "open het bestand in een PDF-lezer om het te controleren, of sla het opnieuw op als PDF"
    ),
    "import reads .txt and .pdf files, not '{suffix}'": (
        "alleen bestanden op .txt en .pdf kunnen worden ingelezen, niet '{suffix}'"
    ),
    "save the Jaarplan as PDF, or copy its text into a .txt file": (
        "sla het Jaarplan op als PDF, of kopieer de tekst naar een .txt-bestand"
    ),
    "the file does not exist or is not a file": "dit bestand bestaat niet, of is geen bestand",
    "the file is larger than {limit} MB": "het bestand is groter dan {limit} MB",
    "the file cannot be read: {reason}": "het bestand is niet te lezen: {reason}",
    "save the text file as UTF-8": "sla het tekstbestand op als UTF-8",
    "{year} is the first year of the period: there is no year before it to compare the quoted "
    "texts with": (
        "{year} is het eerste jaar van de looptijd: er is geen jaar ervoor om de huidige teksten "
        "mee te vergelijken"
    ),
    "{path} exists already; import never overwrites a Jaarplan": (
        "{path} bestaat al. Een bestaand Jaarplan wordt nooit overschreven"
    ),
    "remove or rename it first to import again": (
        "verwijder het bestand of geef het een andere naam, en lees daarna opnieuw in"
    ),
    "Read a Jaarplan in the renvooi form (.txt or .pdf) and write "
    "amendments/<year>/jaarplan.yaml; then check the project.": (
        "Lees een Jaarplan in de renvooivorm (.txt of .pdf) in en schrijf "
        "amendments/<jaar>/jaarplan.yaml; controleer daarna het project."
    ),
    "The year of the Jaarplan.": "Het jaar van het Jaarplan.",
    "wrote {path} with {count} change": "{path} geschreven, met {count} wijziging",
    "wrote {path} with {count} changes": "{path} geschreven, met {count} wijzigingen",
    "reading a PDF needs the package pypdfium2": (
        "om een PDF te lezen is het pakket pypdfium2 nodig"
    ),
    "install it with: pip install 'prestatie[import]'": (
        "installeer het met: pip install 'prestatie[import]'"
    ),
    # --- import agreements (P520-P539): the safe reader, import agreements, import form ---
    "a document to import must be a .docx or .pdf file": (
        "importeer een Word-bestand (.docx) of een PDF-bestand (.pdf)"
    ),
    "the file does not exist or is not a regular file": (
        "het bestand bestaat niet of is geen gewoon bestand"
    ),
    "the file is damaged or of another kind: {detail}": (
        "het bestand is beschadigd of van een andere soort: {detail}"
    ),
    "it is not a Word (.docx) file": "het is geen Word-bestand (.docx)",
    "it is not a PDF file": "het is geen PDF-bestand",
    "the file is encrypted (protected with a password) or an old Word file (.doc)": (
        "het bestand is beveiligd met een wachtwoord, of het is een oud Word-bestand (.doc)"
    ),
    "save it in Word without a password, as .docx": (
        "Sla het in Word op zonder wachtwoord, als .docx."
    ),
    "the PDF is encrypted; import reads only PDFs without protection": (
        "de PDF is beveiligd; importeren kan alleen met een PDF zonder beveiliging"
    ),
    "save or print the document again as a PDF without a password or protection": (
        "Sla het document opnieuw op als PDF, zonder wachtwoord of beveiliging."
    ),
    "the PDF has more than {limit} pages": "de PDF heeft meer dan {limit} pagina's",
    "the file holds more than {limit} parts": "het bestand bestaat uit meer dan {limit} delen",
    "the part {part} is {size} MB unpacked; the limit is {limit} MB": (
        "het deel {part} is uitgepakt {size} MB; de grens is {limit} MB"
    ),
    "make the images in the document smaller, or leave them out": (
        "Maak de afbeeldingen in het document kleiner, of laat ze weg."
    ),
    "the part {part} unpacks {ratio} times larger than it is: a zip bomb": (
        "het deel {part} wordt uitgepakt {ratio} keer zo groot: een zipbom"
    ),
    "the file unpacks to more than {limit} MB": "het bestand wordt uitgepakt groter dan {limit} MB",
    "the file holds macros or ActiveX controls; import never runs them and refuses the file": (
        "het bestand bevat macro's of ActiveX-onderdelen; importeren voert die nooit uit en "
        "weigert het bestand"
    ),
    "save the document in Word as a plain Word document (.docx), without macros": (
        "Sla het document in Word op als gewoon Word-document (.docx), zonder macro's."
    ),
    "the part {part} declares a DOCTYPE": "het deel {part} heeft een DOCTYPE",
    "the file refers to another file or website ({target}) that Word would fetch; import "
    "refuses it": (
        "het bestand verwijst naar een ander bestand of een website ({target}) die Word zou "
        "ophalen; importeren weigert het"
    ),
    "embed the image or template in the document, or remove the link": (
        "Neem de afbeelding of het sjabloon op in het document, of haal de verwijzing weg."
    ),
    "no agreement or section was recognised in the document": (
        "in het document is geen afspraak of onderdeel herkend"
    ),
    "give the chapters and agreements Word heading styles (Kop 1, Kop 2), or headings such as "
    "'Afspraak 5'": (
        "Geef hoofdstukken en afspraken in Word een kopstijl (Kop 1, Kop 2), of koppen zoals "
        "'Afspraak 5'."
    ),
    "the file exists already; import never overwrites": (
        "het bestand bestaat al; importeren overschrijft nooit iets"
    ),
    "import into an empty folder with --into": "Importeer in een lege map met --into.",
    "Import report: {name}": "Importverslag: {name}",
    "Recognised: {chapters} chapters, {agreements} agreements, {sections} sections, "
    "{parties} parties.": (
        "Herkend: {chapters} hoofdstukken, {agreements} afspraken, {sections} onderdelen, "
        "{parties} partijen."
    ),
    "No period was found: write `period:` in agreements/document.yaml.": (
        "De looptijd staat niet in het document: vul `period:` in, in agreements/document.yaml."
    ),
    "Not placed": "Niet geplaatst",
    "Everything was placed.": "Alles is geplaatst.",
    "Left out on purpose": "Bewust weggelaten",
    "text before the first chapter": "tekst voor het eerste hoofdstuk",
    "text of a chapter outside any agreement or section": (
        "tekst in een hoofdstuk die niet bij een afspraak of onderdeel hoort"
    ),
    "part of a list the import leaves out": "deel van een lijst die het importeren weglaat",
    "a label of a change": "aanduiding van een wijziging",
    "a line of the table of contents": "regel van de inhoudsopgave",
    "an image: add it to the agreement by hand": "afbeelding: zet die zelf bij de afspraak",
    "the history of an agreement": "geschiedenis van een afspraak",
    "the table of contents": "inhoudsopgave",
    "the list of versions of our own output": "overzicht van de versies",
    "a heading before the first chapter": "kop voor het eerste hoofdstuk",
    "a second title": "tweede titel",
    "a chapter deeper than three levels; placed as a section": (
        "hoofdstuk dieper dan drie niveaus; als onderdeel geplaatst"
    ),
    "an agreement before the first chapter": "afspraak voor het eerste hoofdstuk",
    "a second agreement with the number {number}": "tweede afspraak met het nummer {number}",
    "the period, taken into document.yaml": "looptijd, overgenomen in document.yaml",
    "a line of our own title page": "regel van het titelblad",
    "an agreement that has lapsed; it is not imported": "vervallen afspraak; niet overgenomen",
    "who, when and type of an agreement: write them in its front matter": (
        "soort, wie en wanneer van een afspraak: zet die bovenaan in het bestand "
        "(`type:`, `owners:`, `due:`)"
    ),
    "a line of our own output": "regel van de eigen uitvoer",
    "text in the documents appendix that is no list item": (
        "tekst in de bijlage met documenten die geen punt van de lijst is"
    ),
    "Turn documents in Word, PDF or text into sources: the agreements, a Jaarplan, or a "
    "change form.": (
        "Zet documenten in Word, PDF of tekst om in bronbestanden: de afspraken, een Jaarplan of "
        "een wijzigingsformulier."
    ),
    "Turn a signed base document (.docx or .pdf) into agreements/: document.yaml and one "
    "Markdown file per agreement or section; what cannot be placed goes into "
    "import-report.md. Never overwrites; ends with 'prestatie check'.": (
        "Zet een ondertekend basisdocument (.docx of .pdf) om in agreements/: document.yaml en "
        "een Markdown-bestand per afspraak of onderdeel; wat niet te plaatsen is, staat in "
        "import-report.md. Overschrijft nooit iets; eindigt met 'prestatie check'."
    ),
    "The project folder to write into (default: --root, the current folder).": (
        "De projectmap om in te schrijven (standaard: --root, de huidige map)."
    ),
    "wrote {count} files into {path}": "{count} bestanden geschreven in {path}",
    "not placed: {count} paragraph; see {path}": "niet geplaatst: {count} alinea; zie {path}",
    "not placed: {count} paragraphs; see {path}": "niet geplaatst: {count} alinea's; zie {path}",
    "prestatie check on the result:": "prestatie check op het resultaat:",
    "import needs the package {package}: pip install 'prestatie[import]'": (
        "importeren heeft het pakket {package} nodig: pip install 'prestatie[import]'"
    ),
    # --- end import agreements ---
    # --- part 2 finish: schemas in the project, fragments across blocks, notes (P142-P149) ---
    "note: {path} was changed by hand and differs from this version's schema, so it was "
    "kept; remove it to get the new one at the next prestatie new": (
        "let op: {path} is met de hand aangepast en wijkt af van het schema van deze versie; "
        "het bestand blijft zoals het is. Verwijder het om bij de volgende prestatie new het "
        "nieuwe te krijgen"
    ),
    "the text of '{field}' runs over {count} paragraphs of target '{target}'; "
    "it must lie within one paragraph": (
        "de tekst bij `{field}:` loopt over {count} alinea's van `target: {target}`; "
        "die tekst moet binnen één alinea staan"
    ),
    'it starts in the paragraph "{first}" and ends in the paragraph "{last}"; '
    "write one change for each paragraph": (
        'de tekst begint in de alinea "{first}" en eindigt in de alinea "{last}". '
        "Schrijf een wijziging per alinea"
    ),
    "footnote [^{label}] in 'new' has no definition in target '{target}'": (
        "de voetnoot [^{label}] bij `new:` heeft geen voetnoottekst in `target: {target}`"
    ),
    "a note's text stands in the agreement; to add a new note, append the sentence "
    "with the note's text on a line of its own: [^{label}]: ...": (
        "de tekst van een voetnoot staat in de afspraak zelf. Wilt u een nieuwe voetnoot? "
        "Voeg dan de zin toe met `op: append`, met de voetnoottekst op een eigen regel: "
        "[^{label}]: ..."
    ),
    # --- end part 2 finish ---
    # --- site: search, agreement pages, comparisons, filters (P190-P194) -----------------------
    "--from-year and --to-year compare the working tree: leave out --base, --head and --year": (
        "--from-year en --to-year vergelijken de werkmap: laat --base, --head en --year weg"
    ),
    "give --base REV, or both --from-year and --to-year": (
        "Geef --base REV, of zowel --from-year als --to-year"
    ),
    "--from-year {from_year} must come before --to-year {to_year}": (
        "--from-year {from_year} moet vóór --to-year {to_year} liggen"
    ),
    "Instead of --base: compare the text of this year with that of --to-year.": (
        "In plaats van --base: vergelijk de tekst van dit jaar met die van --to-year."
    ),
    "With --from-year: the later year to compare.": (
        "Met --from-year: het latere jaar om mee te vergelijken."
    ),
    "the site's search needs Pagefind: install it with pip install 'prestatie[site]'": (
        "Voor het zoeken op de site is Pagefind nodig: installeer het met "
        "pip install 'prestatie[site]'"
    ),
    "Pagefind could not index the site: {error}": (
        "Pagefind kon de site niet doorzoekbaar maken: {error}"
    ),
    # --- end site ---
}

CLICK_DUTCH: dict[str, str] = {
    # click's own words, as click 8 passes them to ``gettext``/``ngettext`` (not ``t()`` calls:
    # click formats them itself, with its own fields). ``cli.py`` installs the translator;
    # ``tests/core/test_messages.py`` proves every key is a phrase the installed click uses.
    "Usage:": "Gebruik:",
    "Options": "Opties",
    "Commands": "Opdrachten",
    "Positional arguments": "Argumenten",
    "Show this message and exit.": "Toon deze hulp en stop.",
    "Show the version and exit.": "Toon het versienummer en stop.",
    "%(prog)s, version %(version)s": "%(prog)s, versie %(version)s",
    "default: {default}": "standaard: {default}",
    "required": "verplicht",
    "env var: {var}": "omgevingsvariabele: {var}",
    "Error: {message}": "Fout: {message}",
    "Try '{command} {option}' for help.": "Zie '{command} {option}' voor hulp.",
    "Aborted!": "Afgebroken!",
    "No such option {name!r}.": "De optie {name!r} bestaat niet.",
    "No such command {name!r}.": "De opdracht {name!r} bestaat niet.",
    "Did you mean {possibility}?": "Bedoelt u {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Bedoelt u een van: {possibilities}?)",
    "Missing command.": "Geef een opdracht.",
    "Missing argument": "Ontbrekend argument",
    "Missing option": "Ontbrekende optie",
    "Missing parameter": "Ontbrekende parameter",
    "Missing parameter: {param_name}": "Ontbrekende parameter: {param_name}",
    "Invalid value: {message}": "Ongeldige waarde: {message}",
    "Invalid value for {param_hint}: {message}": "Ongeldige waarde voor {param_hint}: {message}",
    "Got unexpected extra argument ({args})": "Onverwacht extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Onverwachte extra argumenten ({args})",
    "Option {name!r} does not take a value.": "De optie {name!r} krijgt geen waarde.",
    "Option {name!r} requires an argument.": "De optie {name!r} heeft een waarde nodig.",
    "Option {name!r} requires {nargs} arguments.": (
        "De optie {name!r} heeft {nargs} waarden nodig."
    ),
    "{value!r} is not {choice}.": "{value!r} is niet {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} is niet een van {choices}.",
    # The number type's name ("integer") is click's English word, set at import: left out.
    "{value!r} is not a valid {number_type}.": "{value!r} is geen geldig getal.",
    "{value} is not in the range {range}.": "{value} ligt niet in het bereik {range}.",
    "{value!r} does not match the format {format}.": (
        "{value!r} past niet bij de schrijfwijze {format}."
    ),
    "{value!r} does not match the formats {formats}.": (
        "{value!r} past niet bij de schrijfwijzen {formats}."
    ),
    # A path type's name ("Directory") is click's English word, set at import: left out.
    "{name} {filename!r} does not exist.": "{filename!r} bestaat niet.",
    "{name} {filename!r} is a file.": "{filename!r} is een bestand, geen map.",
    "{name} {filename!r} is a directory.": "{filename!r} is een map, geen bestand.",
    "{name} {filename!r} is not readable.": "{filename!r} is niet leesbaar.",
    "{name} {filename!r} is not writable.": "{filename!r} is niet schrijfbaar.",
}
"""click's own phrases in Dutch, keyed by click's English; shown when the language is ``nl``."""
