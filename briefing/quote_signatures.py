"""A quote signed after it rather than attributed in a clause: after a dash ('"Inflation will
fall." — Central bank governor Maria Lenz'), in parentheses ('(Carl Nye, farmer)'), an embedded
post's sign-off with its handle and date ("Ann Weller (@annweller) May 5, 2024", "A post shared by
…"), or a reader's letter signed with an age or a school year ("Jana Novak, 14").

Separate from ``tail_attribution`` because a signature is no clause: it has no verb, and what
decides it is that nothing else follows in the paragraph.
"""

from __future__ import annotations

import re

from .mention import Mention
from .name_cleaning import UPPER
from .speaker_heads import head_of_segment

#: The handle and date closing an embedded post's sign-off: "(@annmarks) March 3, 2016".
_POST_HANDLE = re.compile(r"\s*\(@\w+\).*$")
#: A credit in parentheses after a quote: the outlet it came through, no signature.
_CREDIT_WORD = re.compile(r"\s*(?:via|source|h/t|hat\s+tip|courtesy(?:\s+of)?|photo|image|credit)\b", re.IGNORECASE)
_SIGNED_IN_PARENTHESES = re.compile(r"^\s*\(([^()—–.!?“”\"]{3,80})\)[.\s]*$")
#: A link an embedded post leaves after its text ("pic.twitter.com/aB3cDe", "https://t.co/Zx12Ab").
POST_LINK = r"(?:pic\.twitter\.com/|https?://)\S*"
#: Instagram's embed signs with a line instead of a dash: "A post shared by Ann Weller (@annweller)
#: on Jul 2, 2016 at 5:12pm PDT" (the handle is then required).
_SIGNED_AFTER = re.compile(
    rf"^\s*\.?\s*(?:{POST_LINK}\s*)?"  # (the quote's full stop may stand after its mark: '“…”. — Ann Weller')
    r"(?:[—–-]+|A\s+(?:post|photo|video)\s+shared\s+by(?=[^@]{3,80}\(@\w+\)))\s*([^—–.!?“”\"]{3,80}?)"
    rf"(?:\s+{POST_LINK})*[.\s]*$"  # (a post's links after the signer)
)


#: A signature's name right after a preposition is a place in a clause, not who signed.
_PLACE_AFTER_PREPOSITION = re.compile(r"(?:^|\s)(?:over|at|in|on|from|to|into|onto|near|across|above|under|outside|inside|along|down|up)\s+$")


#: What follows a post's handle (its date, a time), and symbols right before the handle.
_AFTER_HANDLE = re.compile(r"(?<=\(@\w)(\w*\))[^\n]*$")
_SYMBOLS_BEFORE_HANDLE = re.compile(r"(?<=\w)\s*[^\w\s().,’'-]+(?=\s*\(@\w+\))")


#: A handle with dots ("@annweller.bsky.social", "@ann.weller"): written with underscores, so the
#: dots end no sentence and the handle patterns above read it as one word.
_DOTTED_HANDLE = re.compile(r"(?<=\(@)\w[\w.-]*\w(?=\))")
#: An embed's sign-off line without its dash: "Ann Weller (@annweller) May 5, 2024", nothing
#: after the handle but the post's date and time (group 1: the display name).
_HANDLE_LINE = re.compile(
    r"\s*([A-Z][^—–.!?“”\"()@]{2,60}?)\s*\(@\w+\)\s*(?:on\s+[A-Z]\w*\s*)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}\S*)?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?[.\s]*"
)


def signed_after(rest: str, *, own_line: bool = False) -> Mention | None:
    """ '"Inflation will fall." — Central bank governor Maria Lenz': a quote signed after a dash
    (or in parentheses, by a full name: '(Carl Nye, farmer)'), with nothing else after it in the
    paragraph (or, for a quote-only paragraph, in the next one); what follows the name's comma is
    an affiliation or a place. A paragraph of its own (``own_line``) may also be an embed's
    sign-off without the dash ("Ann Weller (@annweller) May 5, 2024")."""
    rest = _DOTTED_HANDLE.sub(lambda m: re.sub(r"[.-]", "_", m.group()), rest)  # "(@annweller.bsky.social)"
    if own_line and (line := _HANDLE_LINE.fullmatch(rest)) is not None:
        rest = " — " + rest[line.start(1) :]  # "Ann Weller (@annweller) May 5, 2024": signed as with a dash
    rest = _AFTER_HANDLE.sub(r"\1", rest)  # "(@annweller) Aug. 31, 2016": the date's dots end no sentence
    rest = _SYMBOLS_BEFORE_HANDLE.sub("", rest)  # "Ann Weller 🇺🇸 (@annweller)": a display name's emoji
    match = _SIGNED_AFTER.match(rest)
    parenthesised = match is None and (match := _SIGNED_IN_PARENTHESES.match(rest)) is not None
    signer = _POST_HANDLE.sub("", match.group(1)) if match else ""  # "— Ann Marks (@annmarks) March 3, 2016"
    if _CREDIT_WORD.match(signer):
        # "(Via Chortle)", "(Source: Reuters)", "— via Twitter": where the words were found, not who said them
        return None
    mention = head_of_segment(signer.split(",")[0]) if signer else None  # "— Ann Marks, Philadelphia"
    if mention is not None and parenthesised and len(mention.text.split()) < 2:
        return None  # "(Applause)", "(Laughter)": a stage direction, not a signature
    if mention is not None and _PLACE_AFTER_PREPOSITION.search(signer.split(",")[0][: max(signer.find(mention.text), 0)]):
        return None  # 'The banner — “…” — hung over Main Street.': the dash closes an aside, no signature
    if mention is not None and mention.kind == "description" and match is not None and _POST_HANDLE.search(match.group(1)):
        # "— The Ledger (@ledger) May 9, 2016": an account with a handle is the one who posted, an
        # outlet's name read as "the Ledger"; only a capitalised one (an account's display name)
        words = signer.split(",")[0].split()
        return mention if len(words) <= 5 and all(w[:1].isupper() for w in words) else None
    if mention is None and match is None:
        return _bare_signature(rest)
    return mention if mention is not None and mention.kind == "name" else None


_SCHOOL_YEAR = r"(?:Grade|Year|Class|Form|Age)\b"
#: Lower-case words that may open what follows a signer's age: a role or a place ("a pupil at …",
#: "from Leeds"), not a verb.
_SIGNATURE_LEAD_WORDS = r"(?:a|an|the|from|of|in|at|near|aged|grade|year|class|form)"
#: A signature with no dash closing the paragraph after a quote, as under readers' or pupils'
#: letters: a name, then an age or a school year ("Jana Novak, 14", "Soraya, Grade 9"), then maybe a
#: school or a place ("@ Nur High School (Kabul)", ", Izmir").
_BARE_SIGNATURE = re.compile(
    rf"^\s*(?P<name>(?!{_SCHOOL_YEAR})[{UPPER}][\w’'-]+(?:\s+(?!{_SCHOOL_YEAR})[{UPPER}][\w’'-]+){{0,2}})"
    rf"(?:\s*,?\s*{_SCHOOL_YEAR}\s+\d{{1,2}}|\s*,\s*(?:aged\s+)?\d{{1,2}})(?![\w%])"
    # then a school or a place (", Izmir", ", a pupil at …"), not a clause going on with a verb
    # ("Tom Reyes, 44, agreed.": who speaks next, not who signed the quote above)
    rf"(?:\s*(?:,(?!\s*(?!{_SIGNATURE_LEAD_WORDS}\b)[a-z])|@|\(|at\s)[^—–.!?“”\"\n]{{0,80}})?[.\s]*$"
)


def _bare_signature(rest: str) -> Mention | None:
    """ '“…” Jana Novak, 14' / '“…” Soraya, Grade 9 @ Nur School': the writer's name and age or year
    under the quote (the age or the year is what makes a bare name a signature, not a credit such
    as "Getty Images" or a sentence going on)."""
    match = _BARE_SIGNATURE.match(rest)
    if match is None:
        return None
    mention = head_of_segment(match.group("name"))
    return mention if mention is not None and mention.kind == "name" and mention.text == match.group("name") else None
