"""A quote with no speech verb near it, for ``quote_attribution``: who, in its sentence or the
paragraphs around it, speaks it.

``fallback_speaker`` tries the sentence's subject, the paragraph's earlier speaker, the subject
of the sentence before a quote that stands alone, and an attribution in the next or the previous
paragraph (each rule is ``quote_fallbacks``' or ``paragraph_fallbacks``'); ``speaking_for_self``
gives a bare quote to the one person the paragraph before is about. A paragraph's neighbours are
read with care: a photo caption or a widget's line may stand between a quote and its
introduction (``introducing_paragraph``), and a quote opening the next paragraph may be another's
(``next_quote_agrees``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .boilerplate import is_furniture
from .captions import caption_sentences
from .found_quotes import Found, Masks
from .masked_sentences import (
    WORD,
    last_sentence,
    sentence_starts,
    split_masked,
)
from .masking import opens_new_entry
from .mention import Mention
from .models import Block
from .name_cleaning import NAME_RUN, clean_name
from .names import NameRegistry
from .paragraph_fallbacks import (
    next_paragraph_speaker,
    next_quote_speaker,
    person_introduced,
    previous_paragraph_speaker,
    previous_subject,
)
from .predicate_quotes import names_nobody_but_a_plural, predicate_after_speaker
from .quote_fallbacks import (
    according_opening,
    continues_clause,
    lone_quote_subject,
    paraphrase_speaker,
    predicate_after_apposition,
    predicate_of_bare_subject,
    verb_follows,
    verbless_subject,
)
from .sentence_cast import names_nobody
from .speaker_turns import plain_paragraph
from .speech_lexicon import PRONOUN_GENDER
from .speech_verbs import SPEECH_VERB

#: A plea in court ("pleads guilty", "pleaded not guilty"): no words reported.
_PLEA = re.compile(r"\bplead(?:s|ed)?\s+(?:not\s+)?guilty\b")
#: A paragraph opening by pointing back at the quote before it ("That was the message from …",
#: "Those were the words of …", "This warning came from …").
_POINTS_BACK = re.compile(r"\s*(?:That|This|Those|These|Such)\b(?:\s+\w+){0,2}\s+(?:was|were|is|are|came)\b")


def next_quote_agrees(
    blocks: Sequence[Block], masks: Masks, registry: NameRegistry, f: Found, who: Mention, *, any_kind: bool = False
) -> bool:
    """Whether a speaker read from the paragraph before a bare quote stands when the paragraph
    after opens on a quote of its own: only when that one is the same person ('Victor Hale is
    upbeat.' / '“…”' / '“…,” rival candidate Joan Ortiz said.': the speaker may be the one named
    after it). ``any_kind`` lets a description be the same, not only a name."""
    after = next_quote_speaker(masks[f.paragraph + 1]) if plain_paragraph(blocks, f.paragraph + 1) else None
    if after is None:
        return True
    pos = f.start + 1
    same = registry.fullest(after.text, pos, ahead=True) == registry.fullest(who.text, pos, ahead=True)
    return same and (any_kind or who.kind == "name")


#: A photo caption is short: a sentence on the picture and its credit.
_CAPTION_CHARS = 200


def introducing_paragraph(blocks: Sequence[Block], masks: Masks, paragraph: int) -> int:
    """The paragraph that introduces a quote opening ``paragraph``: the one before, or the one
    before that when a photo caption sits between a colon introduction and its quote ('In a
    statement, the ministry said:' / 'The ministry building. Photo: Ann Lee/AP' / '“…”'), or
    a line of page furniture (an embed's "View this post on Instagram"). Both are what
    extraction leaves where a picture or a widget stood; a caption's people are not the quote's
    speaker."""
    previous = masks.get(paragraph - 1) or ""
    if paragraph < 2 or len(previous) > _CAPTION_CHARS or "·" in previous or not masks[paragraph - 2].rstrip().endswith(":"):
        return paragraph - 1
    furniture = is_furniture(blocks[paragraph - 1].text)  # "Advertisement", "View this post on Instagram"
    return paragraph - 2 if furniture or caption_sentences(previous, [0, *sentence_starts(previous)]) else paragraph - 1


def previous_paragraph_span(blocks: Sequence[Block], f: Found) -> tuple[int, int]:
    """Where the paragraph before the quote's stands in the body (paragraphs joined by two characters)."""
    paragraph_start = f.start - f.span.start
    return paragraph_start - 2 - len(blocks[f.paragraph - 1].text), paragraph_start - 2


def speaking_for_self(blocks: Sequence[Block], masks: Masks, registry: NameRegistry, f: Found) -> Mention | None:
    """'Kim Oduya, 34, has lived on the street for a decade.' / '“Nobody sees you. I …”': the one
    person the paragraph before is about speaks for herself in the bare quote after it; not when
    that paragraph names anyone else, nor when the next paragraph opens on another's quote."""
    introduced = person_introduced(masks[f.paragraph - 1], f.text)
    if introduced is None:
        return None
    previous_start, previous_end = previous_paragraph_span(blocks, f)
    named = {n for n in registry.names_between(previous_start, previous_end) if registry.is_proper_name(n, previous_start, strict=True)}
    if introduced.kind == "name":
        introduced_name = registry.fullest(introduced.text, f.start + 1, ahead=True)
        alone = registry.is_proper_name(introduced.text, f.start, strict=True) and named <= {introduced_name}
    else:
        alone = len(named) <= 1
    return introduced if alone and next_quote_agrees(blocks, masks, registry, f, introduced) else None


def fallback_speaker(
    blocks: Sequence[Block],
    masks: Masks,
    f: Found,
    between: str,
    same_par_prev: Found | None,
    registry: NameRegistry,
) -> tuple[Mention | None, str | None]:
    """No speech verb anywhere near: the sentence subject (over an earlier quote of the same
    sentence too), the paragraph's earlier speaker, the subject of the sentence before a quote
    that stands alone, or an attribution in the next or previous paragraph (see
    ``quote_fallbacks`` and ``paragraph_fallbacks``).

    A subject name counts only when it is a proper name (``NameRegistry.is_proper_name``):
    sentence-initial capitals ("Looking", "Research") are not speakers.
    """
    def proper(mention: Mention | None) -> bool:
        return mention is not None and (
            mention.kind != "name" or registry.is_proper_name(mention.text, f.start, strict=True)
        )

    mention = according_opening(between)
    if proper(mention):
        return mention, "according to"  # 'According to the playbook, staff were told “…”'
    head = masks[f.paragraph][: f.span.mark_start]
    # '…to promise not to “mock” Governor Bell or his family “…”': the words after the previous
    # quote go on with its clause, so a name opening them is no subject
    mention = verbless_subject(between, f.text) if same_par_prev is None or not continues_clause(head, between) else None
    if proper(mention):
        return mention, None
    if mention is not None and registry.mid_sentence_name(mention.text, f.start) and verb_follows(between, mention.text):
        return mention, None  # "In 2014, Pew found that “…”": a one-word name the text uses as a name
    prev = same_par_prev.mention if same_par_prev is not None else None
    if prev is not None and prev.kind in {"name", "pronoun"} and (names_nobody(between) or names_nobody_but_a_plural(between, f.text)):
        return prev, None  # the paragraph is still about the person quoted before
    nxt = f.paragraph + 1
    if same_par_prev is not None and same_par_prev.from_tail and prev is not None and predicate_of_bare_subject(between):
        return prev, None  # '“…,” said Aida. Biden “kind of misspoke.”': Aida's verdict on Biden
    if same_par_prev is not None and prev is not None and predicate_after_speaker(between, f.text, from_tail=same_par_prev.from_tail):
        return prev, None  # '“…,” Vance said. But voters “may well …” him': Vance's words on them
    mention, verb = paraphrase_speaker(
        between,
        lambda word: registry.mid_sentence_name(word, f.start) or registry.is_proper_name(word, f.start, strict=True),
        from_start=same_par_prev is None,
    )
    if proper(mention):
        if mention is not None and mention.kind == "pronoun":  # resolved where it stands, not at the quote
            f.mentioned_at = f.start - f.span.start + f.span.mark_start - len(last_sentence(between)) - 1
        return mention, verb  # 'This makes it harder to correct, Hemsby said. Truth wins only when “…”'
    rest = masks[f.paragraph][f.span.mark_end :]
    if same_par_prev is not None:
        # 'Clinton supports “pay raises,” opposes “pay freezes”': the subject of the whole
        # sentence, which the earlier quote split
        mention = verbless_subject(head)
        if mention is not None and predicate_after_apposition(last_sentence(head), mention, f.text):
            mention = None  # '“A.” ⏎ 14Dan Kell, the KTV anchor, “is a Democrat.”': the quote is his predicate
        if mention is None and same_par_prev.mention is None and not last_sentence(head).strip() and len(split_masked(between.strip())) <= 1:
            # 'Early on, he lost patients and became “painfully aware” of the risk. “When …”': the
            # earlier quote is a phrase of the sentence before, whose subject the lone quote is
            # read from as when it stands alone
            mention = lone_quote_subject(head, rest)
        return (mention, None) if proper(mention) else (None, None)
    mention = lone_quote_subject(head, rest)
    if proper(mention):
        return mention, None  # 'Quintanilla seemed taken aback. “Does that …?”'
    if opens_new_entry(blocks[f.paragraph].text):
        return None, None  # a live blog's entry ('3:40 p.m.: “…”'): the entries around it are others
    previous = masks.get(f.paragraph - 1) if blocks[f.paragraph - 1 : f.paragraph] and blocks[f.paragraph - 1].kind == "paragraph" else None
    if nxt < len(blocks) and blocks[nxt].kind == "paragraph":
        mention, verb = next_paragraph_speaker(masks[f.paragraph], masks[nxt])
        if mention is not None and _ANOTHER_SPEAKER.match(masks[nxt]):
            # '“…”' / 'Another villager, Ann Weller, said …': "another" sets the newcomer apart
            # from the one who spoke before, so the words before her paragraph are not hers
            return None, None
        if mention is not None:
            # 'Tessa Morrow admits the clinic was slow.' / '“…”' / 'According to the ministry, …' or
            # 'The ministry said …': the paragraph before reports a named person's words, which the
            # quote bears out; an "according to" after it opens a new source's claim (Morrow's),
            # a speech verb after it may be the quote's own late cue (neither's for sure)
            earlier = previous_paragraph_speaker(previous, masks[f.paragraph])[0] if previous is not None else None
            if earlier is not None and earlier.kind == "name" and proper(earlier):
                pos = f.start + 1
                if verb == "according to":
                    return earlier, None
                if mention.is_he_or_she and (verb or "").lower() in _GOES_ON and _may_be(earlier, mention, pos, registry):
                    # 'Another villager, Ann Weller, said they go without water.' / '“…”' / 'She
                    # added that …': the report before goes on after the quote, the same speaker's
                    return earlier, None
                if mention.kind != "name" or registry.fullest(earlier.text, pos, ahead=True) != registry.fullest(mention.text, pos, ahead=True):
                    return None, None
            return mention, verb
    if previous is None or (nxt < len(blocks) and _POINTS_BACK.match(blocks[nxt].text)):
        return None, None  # "That was the promise …": the next paragraph points back without a source
    mention, verb = previous_paragraph_speaker(previous, masks[f.paragraph])
    if mention is not None:
        return mention, verb
    if _narration_after_lone_quote(masks[f.paragraph], f, registry):
        # 'Denham said drink was often an excuse.' / '“…” At present judges can …': a paragraph
        # run on past the quote into narration that names no one is still the quote's alone
        mention, verb = previous_paragraph_speaker(previous, masks[f.paragraph][: f.span.mark_end])
        if mention is not None and mention.kind == "name":
            return mention, verb
    if nxt < len(blocks) and not WORD.search(masks[f.paragraph]):
        # "Hale is upbeat." / "“…”" / "“…,” Hale notes.": the person both neighbours name
        before, after = previous_subject(previous), next_quote_speaker(masks[nxt])
        if before is not None and after is not None:
            pos = f.start + 1
            if registry.fullest(before.text, pos, ahead=True) == registry.fullest(after.text, pos, ahead=True):
                return before, None
    return None, None


#: A paragraph opening on someone set apart from whoever spoke before: "Another villager, …",
#: "A second witness", "Yet another resident".
_ANOTHER_SPEAKER = re.compile(r"\s*(?:(?:Yet|And|But)\s+)?(?:[Aa]nother|A\s+(?:second|third|fourth|fifth)|One\s+more|Other)\s")
#: Verbs of a turn going on: the speaker of the words before speaks again ("she added").
_GOES_ON = frozenset({"added", "adds", "continued", "continues"})


def _may_be(name: Mention, pronoun: Mention, pos: int, registry: NameRegistry) -> bool:
    """``pronoun`` (he or she) may stand for ``name``: the name's gender, when the text or a given
    name tells it, is the pronoun's."""
    gender = registry.gender_of(registry.fullest(name.text, pos, ahead=True))
    return gender is None or gender == PRONOUN_GENDER[pronoun.text.lower()]


def _narration_after_lone_quote(masked: str, f: Found, registry: NameRegistry) -> bool:
    """The paragraph opens on ``f``, a closed quote that ends a sentence, and goes on with a
    sentence of narration that has no speech verb (a plea of guilt is none), no quote and no name
    but a place's: '“Swansea will not put up with this.” Swansea's community bought the plot in
    1998.' (not '“…” So says Ann Roe.', '“…” That was the view of Ann Roe.', which give the quote a
    source of its own)."""
    if WORD.search(masked[: f.span.mark_start]) or not f.span.closed or not f.text.rstrip(" ”\"’'").endswith((".", "!")):
        return False
    rest = masked[f.span.mark_end :].strip()
    if not rest or not rest[0].isupper():
        return False
    first = _PLEA.sub(" ", split_masked(rest)[0])
    if SPEECH_VERB.search(first) or any(c in first for c in "“”\"·"):
        return False
    names = (clean_name(run.group()) for run in NAME_RUN.finditer(first))
    return all(registry.is_place(name) for name in names if name)
