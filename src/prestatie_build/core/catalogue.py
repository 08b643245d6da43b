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
    "chapters: {chapters}": "hoofdstukken: {chapters}",
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
    "must be an agreement number, such as 5 or 12a": "moet een afspraaknummer zijn, zoals 5 of 12a",
    (
        "must be an agreement number (5, 12a), the name of a section, a chapter's goals "
        "('wonen-en-zorg/goals') or 'documents'"
    ): (
        "moet een afspraaknummer zijn (5, 12a), de naam van een onderdeel, de doelen van een "
        "hoofdstuk (`wonen-en-zorg/goals`) of `documents`"
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
    #
    #
    # --- render -------------------------------------------------------------------------------
    #
    #
    # --- cli ----------------------------------------------------------------------------------
    #
    #
    # --- Part 2: tables, footnotes, images, links ---------------------------------------------
    #
    #
    # --- click's own words ------------------------------------------------------------------------
}
