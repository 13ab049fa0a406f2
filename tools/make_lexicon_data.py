"""Regenerate ``briefing/lists/common_words.txt.gz``, ``briefing/lists/demonyms.tsv`` and
``briefing/lists/countries.tsv``.

Needs two packages the bot itself does not (install them in a scratch venv):
``pip install lemminflect==0.2.3 countryinfo==1.0.1``; run ``python tools/make_lexicon_data.py``.

- common words: every lower-case word form of LemmInflect's lemma and inflection tables
  (MIT; derived from the NIH SPECIALIST Lexicon), minus those the tables also list
  capitalised (a name: "May", "Brown", "Cook"). Topics use it to tell "Heavy rain fell" (a
  common word opening a sentence) from "Apple said" (a name).
- demonyms: countryinfo's country JSON (MIT; ``name``, ``demonym``, ``altSpellings``,
  ``population``); a demonym shared by several entries goes to the most populous ("Indian"
  is India, not the British Indian Ocean Territory); plus the few places and irregular forms
  the data lacks or dates (continents, the UK's nations, "Briton", "Serbian").
- countries: the English names of the Unicode CLDR's territories (as Babel ships them,
  ``pip install babel``) that are states, not dependencies, supranational codes or regions: the
  demonym table leaves out every country whose demonym is two words ("South Korea", "Sri Lanka",
  "Costa Rica"), which news still makes the subject of an act ("South Korea moved to steady the
  markets"). Written with "and" for "&" and "Saint" beside "St.", without CLDR's glosses
  ("Myanmar (Burma)", "Congo - Kinshasa"), plus the short forms news writes.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
from importlib import util
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "briefing" / "lists"

#: Places and forms countryinfo lacks: (demonym, place, aliases the news writes for the place).
EXTRA = [
    ("European", "Europe", ""), ("African", "Africa", ""), ("Asian", "Asia", ""),
    ("Antarctic", "Antarctica", ""), ("Scottish", "Scotland", ""),
    ("Scot", "Scotland", ""), ("English", "England", ""), ("Welsh", "Wales", ""),
    ("Briton", "United Kingdom", ""), ("Brit", "United Kingdom", ""), ("Swede", "Sweden", ""),
    ("Dane", "Denmark", ""), ("Finn", "Finland", ""), ("Pole", "Poland", ""),
    ("Turk", "Turkey", ""), ("Frenchman", "France", ""), ("Spaniard", "Spain", ""),
    ("Dutchman", "Netherlands", ""), ("Kiwi", "New Zealand", ""), ("Argentine", "Argentina", ""),
    ("Argentinian", "Argentina", ""), ("Filipino", "Philippines", ""), ("Emirati", "United Arab Emirates", ""),
    ("Saudi", "Saudi Arabia", ""), ("Vietnamese", "Vietnam", ""), ("Slovenian", "Slovenia", ""),
    ("Slovakian", "Slovakia", ""), ("Belarusian", "Belarus", ""), ("Kyrgyz", "Kyrgyzstan", ""),
    ("Tajik", "Tajikistan", ""), ("Uzbek", "Uzbekistan", ""), ("Kazakh", "Kazakhstan", ""),
    ("Nepali", "Nepal", ""), ("Ecuadorian", "Ecuador", ""), ("Colombian", "Colombia", ""),
    # the data's entry for these is a former state
    ("Serbian", "Serbia", ""), ("Montenegrin", "Montenegro", ""), ("Macedonian", "North Macedonia", ""),
]  # fmt: skip
#: Short names the news uses beside the data's official one.
ALIASES = {
    "United Kingdom": ["Britain", "UK", "Great Britain", "U.K."],
    "United States": ["US", "U.S.", "America", "USA"],
    "Netherlands": ["Holland"],
    "Czech Republic": ["Czechia"],
    "Ivory Coast": ["Côte d'Ivoire"],
    "Myanmar": ["Burma"],
    "North Macedonia": ["Macedonia"],
}

#: CLDR territories that are no state: dependencies, parts of a state written apart, supranational
#: and private-use codes (the two-letter codes that are states stay).
NOT_STATES = frozenset(
    "AC AI AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA EH EU EZ FK FO GF GG GI GL GP GS GU HK HM IC IM IO "
    "JE KY MF MO MP MQ MS NC NF NU PF PM PN PR QO RE SH SJ SX TA TC TF TK UM UN VG VI WF XA XB YT ZZ".split()
)
#: Country names news writes beside CLDR's (keyed by CLDR code).
COUNTRY_FORMS = {
    "CD": ["Democratic Republic of the Congo", "DR Congo", "DRC", "Congo"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Côte d'Ivoire"],
    "MM": ["Myanmar", "Burma"],
    "PS": ["Palestine"],
    "TL": ["East Timor"],
    "SZ": ["Swaziland"],
    "CV": ["Cabo Verde"],
    "TR": ["Turkey"],
    "VA": ["Vatican", "Holy See"],
    "VC": ["Saint Vincent and the Grenadines"],
    "BS": ["The Bahamas"],
    "GM": ["The Gambia"],
    "KR": ["Korea"],
    "GB": ["Britain", "Great Britain", "UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland"],
    "US": ["US", "U.S.", "USA", "America"],
}


def countries() -> list[tuple[str, str]]:
    """(CLDR code, English name) of every state, each name form on its own row."""
    from babel import Locale  # a generator's dependency, not the bot's

    rows: set[tuple[str, str]] = set()
    for code, name in Locale("en").territories.items():
        if len(code) != 2 or not code.isalpha() or code in NOT_STATES:
            continue
        name = re.sub(r"\s*\(.*\)|\s+-\s+.*|\s+SAR\s+.*", "", name).replace("&", "and").replace("’", "'")
        forms = {name, *COUNTRY_FORMS.get(code, [])}
        forms |= {f.replace("St. ", "Saint ") for f in forms if f.startswith("St. ")}
        rows |= {(code, f) for f in forms}
    return sorted(rows)


def _package_dir(name: str) -> Path:
    spec = util.find_spec(name)
    if spec is None or spec.origin is None:
        raise SystemExit(f"pip install {name} first")
    return Path(spec.origin).parent


def common_words() -> list[str]:
    resources = _package_dir("lemminflect") / "resources"
    forms: set[str] = set()
    for name in ("lemma_lu.csv.gz", "infl_lu.csv.gz"):
        with gzip.open(resources / name, "rt", encoding="utf-8") as fh:
            for row in csv.reader(fh):
                forms.add(row[0])
                if len(row) > 2:
                    forms.update(f for f in row[2].split("/") if f)
    words = {w for w in forms if w.isalpha() and w.isascii() and len(w) > 1}
    capitalised = {w.lower() for w in words if w[0].isupper()}
    return sorted(w for w in words if w.islower() and w not in capitalised)


def demonyms() -> list[tuple[str, str, str]]:
    best: dict[str, tuple[int, str]] = {}
    for path in sorted((_package_dir("countryinfo") / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        place, population = data.get("name"), int(data.get("population") or 0)
        for demonym in (data.get("demonym") or "").replace("/", ",").split(","):
            demonym = demonym.strip()
            if not place or not demonym or demonym == place or " " in demonym:
                continue
            if demonym not in best or population > best[demonym][0]:
                best[demonym] = (population, place)
    rows = {d: (p, "|".join(ALIASES.get(p, []))) for d, (_, p) in best.items()}
    for demonym, place, _ in EXTRA:
        rows[demonym] = (place, "|".join(ALIASES.get(place, [])))
    return sorted((d, p, a) for d, (p, a) in rows.items())


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    text = "\n".join(common_words()) + "\n"
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    (OUT / "common_words.txt.gz").write_bytes(buffer.getvalue())
    lines = [
        "# demonym\tplace\taliases (generated by tools/make_lexicon_data.py; see its docstring)"
    ]
    lines += ["\t".join(row) for row in demonyms()]
    (OUT / "demonyms.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = ["# code\tcountry (generated by tools/make_lexicon_data.py; see its docstring)"]
    rows += ["\t".join(row) for row in countries()]
    (OUT / "countries.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
