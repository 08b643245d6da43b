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
    "no section '{after}' in chapter '{chapter}' to place it after": (
        "hoofdstuk '{chapter}' heeft geen onderdeel '{after}' om het na te zetten"
    ),
    "sections here: {ids}": "de onderdelen van dit hoofdstuk: {ids}",
    "this chapter has no sections": "dit hoofdstuk heeft geen onderdelen",
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
    # --- click's own words ------------------------------------------------------------------------
}
