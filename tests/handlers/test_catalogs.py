"""The interface catalogs (handlers/locales) against the code: every message translated, nothing
stale, and no translation that breaks Telegram HTML, a placeholder or a command name.

A failure names each problem with the file it comes from, e.g. after another branch added
strings::

    uk: 2 problems in handlers/locales/uk/LC_MESSAGES/briefbot.po (run `make i18n`, then translate):
      missing     handlers/feeds_io.py:41  'Imported {count} feeds.'

The strings are extracted from the source here (the same ``babel.cfg`` as ``make i18n``), so a
test run needs no extraction step first.
"""

from __future__ import annotations

import ast
import gettext
import html
import re
from collections import Counter
from functools import cache
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from fakebot import parse_telegram_html
from handlers import reasons
from handlers.i18n import DOMAIN, LANGUAGES, LOCALES_DIR, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [language for language in LANGUAGES if language != SOURCE_LANGUAGE]
_TAG = re.compile(r"</?[a-z]+[^>]*>")
_COMMAND = re.compile(r"(?<![\w/:.])/[a-z_]+")


@cache
def source_messages() -> dict[str | tuple[str, str], list[str]]:
    """msgid (a tuple for plurals) → 'file:line' of every use, extracted like ``make i18n``."""
    with (ROOT / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found: dict[str | tuple[str, str], list[str]] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=DEFAULT_KEYWORDS
    ):
        key = message if isinstance(message, str) else (message[0], message[1])
        found.setdefault(key, []).append(f"{filename}:{lineno}")
    return found


@cache
def catalog(language: str) -> Catalog:
    with (LOCALES_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as po:
        return read_po(po, locale=language, domain=DOMAIN)


def _key(message_id: str | tuple[str, ...]) -> str | tuple[str, str]:
    return message_id if isinstance(message_id, str) else (message_id[0], message_id[1])


def _show(key: str | tuple[str, str]) -> str:
    return repr(key if isinstance(key, str) else key[0])


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


def tags(text: str) -> Counter[str]:
    return Counter(_TAG.findall(text))


def commands(text: str) -> set[str]:
    return set(_COMMAND.findall(text))


def problems_in(language: str) -> list[str]:
    """Everything wrong with one catalog, one line each, worst first."""
    wanted = source_messages()
    po = catalog(language)
    problems = []
    for key, where in wanted.items():
        message = po.get(key if isinstance(key, str) else key[0])
        forms = (message.string if isinstance(message.string, tuple) else (message.string,)) if message else ()
        if message is None or not all(forms):
            problems.append(f"missing     {where[0]}  {_show(key)}")
        elif isinstance(key, tuple) != message.pluralizable:
            problems.append(f"stale       {where[0]}  {_show(key)} (singular/plural changed)")
        elif message.fuzzy:
            problems.append(f"fuzzy       {where[0]}  {_show(key)} (the English changed: check and unmark)")
    for message in po:
        if message.id and _key(message.id) not in wanted:
            problems.append(f"stale       (no longer in the code)  {_show(_key(message.id))}")
    problems += [f"obsolete    #~ {_show(_key(message_id))}" for message_id in po.obsolete]
    return problems


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_has_every_message_and_nothing_stale(language: str) -> None:
    problems = problems_in(language)
    path = f"handlers/locales/{language}/LC_MESSAGES/{DOMAIN}.po"
    assert not problems, (
        f"{language}: {len(problems)} problems in {path} (run `make i18n`, then translate):\n  "
        + "\n  ".join(problems)
    )


def one_only_form(language: str) -> int | None:
    """The plural form a language uses for n = 1 alone (German: form 0), where "Tag" may stand
    without its {count}; None when the n = 1 form also serves 21, 31 … (Ukrainian, Russian)."""
    plural = gettext.c2py(get_plural(language).plural_expr)
    form = plural(1)
    return form if all(plural(n) != form for n in range(2, 1000)) else None


def translated_pairs(language: str) -> list[tuple[str, str, str]]:
    """(msgid as written, the English it stands for, one translated form) for every form; in
    the n = 1-only form a missing {count} is allowed (filled in as if present)."""
    pairs = []
    alone = one_only_form(language)
    for message in catalog(language):
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple):
            forms = message.string if isinstance(message.string, tuple) else (message.string,)
            for index, form in enumerate(forms):
                if index == alone and "{count}" not in form:
                    form += " {count}"  # compared as if present; the rest must match
                pairs.append((message.id[0], message.id[1], form))
        elif message.string:
            pairs.append((message.id, message.id, message.string))
    return pairs


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_tags_and_commands(language: str) -> None:
    """Each form of each translation has the msgid's {placeholders} (no more, no fewer), the
    same HTML tags, the same /commands (never translated), and is valid Telegram HTML once
    filled in."""
    problems = []
    for msgid, english, text in translated_pairs(language):
        if placeholders(text) != placeholders(english):
            problems.append(f"placeholders {sorted(placeholders(text))} ≠ {sorted(placeholders(english))}: {msgid!r}")
            continue
        if tags(text) != tags(english):
            problems.append(f"HTML tags {sorted(tags(text).elements())} ≠ {sorted(tags(english).elements())}: {msgid!r}")
        if commands(text) != commands(english):
            problems.append(f"commands {sorted(commands(text))} ≠ {sorted(commands(english))}: {msgid!r}")
        if msgid in reasons.PHRASES:  # plain text from lower layers, escaped where shown
            text = html.escape(text, quote=False)
        try:
            parse_telegram_html(text.format(**dict.fromkeys(placeholders(text), "x")))
        except (ValueError, IndexError, KeyError) as exc:
            problems.append(f"not valid Telegram HTML once filled ({exc}): {msgid!r}")
    assert not problems, f"{language}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_plural_forms_match_the_language(language: str) -> None:
    """uk and ru have three forms (1 стаття, 2 статті, 5 статей), de two; every plural message
    carries exactly that many."""
    po = catalog(language)
    expected = get_plural(language).num_plurals
    assert po.num_plurals == expected
    wrong = [
        message.id[0]
        for message in po
        if isinstance(message.id, tuple) and len(message.string) != expected
    ]
    assert not wrong, f"{language}: plural messages without {expected} forms: {wrong}"


def test_committed_template_is_current() -> None:
    """handlers/locales/briefbot.pot (what translators start from) has the code's messages."""
    with (LOCALES_DIR / f"{DOMAIN}.pot").open("rb") as pot:
        template = {_key(m.id) for m in read_po(pot) if m.id}
    assert template == set(source_messages()), "run `make i18n` to refresh briefbot.pot"


def _calls_that_cannot_be_extracted(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imports_underscore = any(
        isinstance(node, ast.ImportFrom) and any(alias.name == "_" for alias in node.names) for node in ast.walk(tree)
    )
    for node in ast.walk(tree):
        if imports_underscore and isinstance(node, ast.Name) and node.id == "_" and isinstance(node.ctx, ast.Store):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno} rebinds _ (the translation function)")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in DEFAULT_KEYWORDS:
            if node.args and isinstance(node.args[0], ast.JoinedStr):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} f-string as a message")
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name)
                        and inner.func.id in DEFAULT_KEYWORDS and inner.args
                        and isinstance(inner.args[0], ast.Constant)):
                    found.append(f"{path.relative_to(ROOT)}:{inner.lineno} message literal inside an f-string")
    return found


def test_every_message_is_extractable() -> None:
    """``_(f"…")`` has no fixed msgid, and a literal ``_("…")`` inside an f-string is invisible
    to extraction on Python 3.11: both would silently stay English. And ``_, x = pair`` in a
    module that translates turns every later ``_("…")`` in that function into a TypeError."""
    bad = [hit for folder in ("handlers", "bot") for path in sorted((ROOT / folder).rglob("*.py"))
           for hit in _calls_that_cannot_be_extracted(path)]
    assert not bad, "\n".join(bad)


def _raised_phrases(path: Path, exceptions: set[str]) -> set[str]:
    """Fixed phrases ``path`` raises with one of ``exceptions`` ({…} fields become {number})."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = {f.name: f for f in ast.walk(tree) if isinstance(f, ast.FunctionDef)}
    phrases = set()

    def text_of(node: ast.expr) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.JoinedStr):
            return ["".join(v.value if isinstance(v, ast.Constant) else "{number}" for v in node.values)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in helpers:
            returns = [n.value for n in ast.walk(helpers[node.func.attr]) if isinstance(n, ast.Return) and n.value]
            return [t for r in returns for t in text_of(r)]
        return []

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name in exceptions or name == "__init__":
            phrases.update(text_of(node.args[0]))
    return phrases


_ANY_FIELD = re.compile(r"\{\w+\}")


def test_reasons_from_lower_layers_are_all_translatable() -> None:
    """Every reason net/, briefing/ and storage/ raise for users to read is in handlers/reasons.py."""
    fetch_errors = {"InvalidURL", "BlockedAddress", "ResolutionFailed", "TooManyRedirects", "TooLarge",
                    "FetchTimeout", "ConnectionFailed"}
    raised = (
        _raised_phrases(ROOT / "net" / "fetch.py", fetch_errors)
        | _raised_phrases(ROOT / "briefing" / "documents.py", {"UnreadableDocument"})
        | _raised_phrases(ROOT / "storage" / "topic_rules.py", {"InvalidTopic"})
        | _raised_phrases(ROOT / "briefing" / "opml.py", {"OpmlError"})
        | _raised_phrases(ROOT / "handlers" / "opml.py", {"OpmlError"})
        | _raised_phrases(ROOT / "handlers" / "feedlist.py", {"InvalidURL"})
        | _raised_phrases(ROOT / "bot" / "feeds.py", {"FetchError"})
    )
    tree = ast.parse((ROOT / "storage" / "sqlite" / "db.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "_UNAVAILABLE_CODES" for t in node.targets):
            assert isinstance(node.value, ast.Dict)
            raised |= {v.value for v in node.value.values if isinstance(v, ast.Constant) and "busy" not in v.value}
    assert len(raised) > 15, "the scan found too little: did those modules change shape?"
    missing = sorted(raised - {_ANY_FIELD.sub("{number}", phrase) for phrase in reasons.PHRASES})
    assert not missing, f"add these to handlers/reasons.py PHRASES: {missing}"


_ENGLISH = re.compile(r"[A-Za-z]{2,}(?:[ ,'’]+[A-Za-z]{2,})+")
NOT_SHOWN = {"message thread not found", "not modified", "topic gone: x"}
"""Strings of these files that are not messages: Telegram's error texts matched (common.py), a
delivery row's error (digests.py). ``bot/delivery.py`` is not scanned: it has many such row
errors, and its only text for users is rendered by ``handlers.render``."""


def _english_literals(path: Path) -> list[str]:
    """String literals and f-strings of two or more English words outside ``_()``/``N_()``/
    ``ngettext()``, docstrings, log calls and exceptions: text a user would see untranslated.
    (A command with its example arguments, "/quotes Umerov", is not a sentence.)"""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {node.value for node in ast.walk(tree) if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value if isinstance(v, ast.Constant) else "x" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and not isinstance(parents.get(node), ast.JoinedStr):
            text = node.value
        else:
            continue
        if node in docstrings or text in NOT_SHOWN or text.startswith("/") or not _ENGLISH.search(text):
            continue
        parent = parents.get(node)
        while parent is not None:
            if isinstance(parent, ast.Raise):
                break
            if isinstance(parent, ast.Call):
                func = parent.func
                name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                owner = getattr(getattr(func, "value", None), "id", "")
                if name in DEFAULT_KEYWORDS or owner in ("log", "logging"):
                    break
            parent = parents.get(parent)
        else:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}  {text[:70]!r}")
    return found


def test_no_english_sentence_escapes_the_catalog() -> None:
    """A reply, button or render helper written as a plain string (a handler merged from another
    branch, say) is named here: wrap it in ``_()`` (or ``N_()``), then `make i18n` and translate."""
    paths = [*sorted((ROOT / "handlers").rglob("*.py")), ROOT / "bot" / "digests.py"]
    found = [hit for path in paths for hit in _english_literals(path)]
    assert not found, "untranslated English:\n" + "\n".join(found)
