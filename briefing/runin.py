"""Run-in headings: a sub-heading glued to the first sentence of its paragraph.

News-wire copy pasted from web pages loses the line break between a sub-heading and its text:
"A war with no end in sightRussia launched…". The glue point is a lower-case letter (or a
closing quote) directly followed by a capital — which is also how camel-case names look
("McDonald", "iPhone", "YouTube", "OpenAI", "JPMorgan"), so the token rules below decide.
"""

from __future__ import annotations

import re

#: Camel-case names that a run-in heading split must never cut, beyond the generic rules
#: (a split needs ≥ 4 letters before a capitalised tail and ≥ 3 words of heading).
KNOWN_CAMEL = frozenset(
    w.casefold()
    for w in (
        "PlayStation WhatsApp PowerPoint BlackRock SoftBank HarperCollins AstraZeneca GlaxoSmithKline "
        "JavaScript MasterCard BlackBerry DoorDash ByteDance MacBook AirPods PayPal DreamWorks WikiLeaks "
        "CrowdStrike DeepMind DeepSeek HuffPost BuzzFeed FaceTime SharePoint GitHub CoinDesk ExxonMobil "
        "ArcelorMittal SmackDown SpaceX TikTok LinkedIn YouTube OpenAI FedEx SoundCloud WordPress "
        "DaimlerChrysler PricewaterhouseCoopers SeaWorld StubHub SunTrust TripAdvisor WeWork GoFundMe "
        "GoPro HarmonyOS macOS watchOS tvOS iPadOS NordVPN ProPublica PolitiFact FactCheck MoneyControl "
        "LiveMint NewsNation ScienceAlert StarCraft WarnerMedia ViacomCBS ChatGPT MercadoLibre"
    ).split()
)


#: A letter (or a closing quote after a lower-case letter) right before a capital. The capital
#: is tested first: it rejects most positions at once (~3x faster than the lookbehinds first).
_RUN_IN = re.compile(r"(?=[A-Z])(?:(?<=[^\W\d_])|(?<=[a-z][’'\"”)])(?=[A-Z][a-z]))")
_SENTENCE_END_INSIDE = re.compile(r"[.!?][\"'”’)]?\s")
#: A heading is at most this many words; calibrated on news sub-headings (3–14 words).
MAX_HEADING_WORDS = 16
MAX_HEADING_CHARS = 130


def split_run_in(text: str, full_text: str = "") -> tuple[str | None, str]:
    """``"A war with no end in sightRussia launched…"`` → ``("A war with no end in sight", "Russia…")``.

    Only the stretch before the first sentence end is searched, the heading must look like
    one (no sentence punctuation, ≤ 16 words) and the rest like a paragraph (≥ 6 words).
    Camel-case words ("McDonald", "iPhone", "YouTube", "OpenAI", "JPMorgan") are kept by the
    token rules below, and so is any glued word that occurs elsewhere in the text.
    """
    end = _SENTENCE_END_INSIDE.search(text)
    window = text[: end.start() if end else min(len(text), 200)]
    for match in _RUN_IN.finditer(window):
        pos = match.start()
        heading, rest = text[:pos].strip(), text[pos:].strip()
        words = heading.split()
        if (
            not 2 <= len(words) <= MAX_HEADING_WORDS
            or len(rest.split()) < 6
            or len(heading) > MAX_HEADING_CHARS
        ):
            continue
        if heading.endswith((",", ";", ":", "-", "–", "—", "(")):
            continue
        if _is_glued_boundary(text, pos, len(words), full_text):
            return heading, rest
    return None, text


#: Compiled once: the code below passed these to ``re.search`` & co. as strings, which costs a
#: lookup in the module's pattern cache per call.
_LEFT_TOKEN = re.compile(r"[\w’'\"”)]+$")
_RIGHT_TOKEN = re.compile(r"\w+")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{2,}$")


def _is_glued_boundary(text: str, pos: int, heading_words: int, full_text: str) -> bool:
    left = _LEFT_TOKEN.search(text[:pos])
    right = _RIGHT_TOKEN.match(text[pos:])
    if not left or not right:
        return False
    if left.start() and text[left.start() - 1] in "@#":
        return False  # "@AmeriCorps", "#BlackLivesMatter": a handle or a hashtag, one word
    left_tok = left.group().strip("’'\"”)")
    right_tok = right.group()
    if text[pos - 1] in "’'\"”)":
        return len(left_tok) >= 2  # "…'peace memorandum'Ukraine has…"
    token = left_tok + right_tok
    if token.casefold() in KNOWN_CAMEL or (full_text and full_text.count(token) > 1):
        return False
    if left_tok[0].islower():  # "delayUS", "sightRussia" — but not "iPhone", "eBay"
        return len(left_tok) >= 3 and left_tok.isalpha() and left_tok.islower()
    if _DETERMINER_THEN_WORD.search(text, 0, pos) and (not _title_case(text[:pos]) or _APPOSITIVE_COMMA.search(text, 0, pos)):
        # "Bolton distanced himself from the NeverTrump movement", "Added Tom Kell, a spokesman for
        # FirstEnergy, “…”": a name inside a sentence (whose names may make it look title-cased)
        return False
    # "PutinRussia": a capitalised word needs ≥ 4 letters, a lower-case body and a real word after
    # ("YouTube", "LaGuardia", "McCain", "DeSantis", "OpenAI", "PhD", "JPMorgan" all fail here)
    return (
        heading_words >= 3
        and len(left_tok) >= 4
        and left_tok[1:].isalpha()
        and left_tok[1:].islower()
        and _CAPITALISED_WORD.match(right_tok) is not None
    )


#: A determiner or a preposition right before the capitalised word at a glue point ("… from the
#: Never|Trump movement", "a spokesman for First|Energy").
_DETERMINER_THEN_WORD = re.compile(r"(?:^|\s)(?:the|a|an|this|that|his|her|their|its|for|of|at|from|with|by)\s+[A-Z][\w’'-]*$")

#: A comma before a lower-case article: an appositive of a sentence ("Tom Kell, a spokesman for"),
#: which a heading does not have.
_APPOSITIVE_COMMA = re.compile(r",\s+(?:a|an|the)\s+[a-z]")


def _title_case(heading: str) -> bool:
    """Most longer words of ``heading`` are capitalised, as in a title-case sub-heading."""
    words = [w for w in heading.split() if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
