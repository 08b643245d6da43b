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
        "Toon TARGET (5, tijdlijn, betaalbaarheid/goals, documents) zoals geconsolideerd, "
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
    # --- click's own words ------------------------------------------------------------------------
    # (in CLICK_DUTCH below: click formats them itself)
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
