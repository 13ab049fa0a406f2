"""Quotes with speakers: find quoted spans, attribute them, flag scare quotes, pick key quotes.

Quote texts are slices of the clean body, so they are always exact substrings of it. A quote
that runs over several paragraphs (news style: no closing mark, next paragraph opens again)
becomes one ``Quote`` per paragraph part, all with the same speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .attribution import (
    WORD,
    claim_owner,
    closed_sentence,
    closing_attribution,
    colon_introduction,
    colon_speaker,
    colon_subject,
    first_sentence,
    handed_the_word,
    head_attribution,
    judging_frame,
    judging_with_object,
    last_sentence,
    lone_word_subject,
    owned_post_before,
    owner_of_quoted_noun,
    possessive_introduction,
    quote_in_subordinate_clause,
    signed_after,
    speaker_before_reporter,
    split_masked,
    tail_attribution,
    words_owner,
)
from .key_quotes import pick_key_quotes
from .masking import ABBREVIATION_DOT, mask_paragraph, restore
from .models import Block, BriefingOptions, Quote, SpeakerKind
from .name_cleaning import (
    PARTICLES,
    SHARED_SURNAME_COUPLE,
    UPPER,
    Nickname,
    mark_nicknames,
    unmark_nicknames,
)
from .names import AMBIGUOUS, NameRegistry
from .quote_fallbacks import (
    according_opening,
    continues_clause,
    continues_previous_paragraph,
    introduced_in_previous,
    lone_quote_subject,
    names_nobody,
    next_paragraph_speaker,
    next_quote_speaker,
    opens_on_others,
    paraphrase_speaker,
    points_back_source,
    predicate_of_bare_subject,
    previous_paragraph_speaker,
    previous_subject,
    stage_direction,
    two_named_subjects,
    verb_follows,
    verbless_subject,
)
from .quote_marks import MarkedSpan, close_before_attribution, find_marked_spans, quoted_words
from .salience import LONG_WORD, SubjectIndex, credit_only
from .speaker_kinds import head_noun, kind_of
from .speaker_labels import (
    ACRONYM_LETTERS,
    is_speaker_label,
    label_mention,
    name_line,
    opening_label,
)
from .speakers import SPEECH_VERB, Mention, head_of_segment, joint_heads, joint_speakers, leading_np
from .speech_lexicon import (
    GENDERED_ROLES,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PERSON_ONLY_VERBS,
    PRONOUN_GENDER,
    SPEAKER_AFTER,
)

#: How many paragraphs before a pronoun quote are read for sentence subjects (``SubjectIndex``).
_SPEAKER_MEMORY_PARAGRAPHS = 3
#: Context read before a quote for its attribution; longer than any real sentence.
_HEAD_CHARS = 800
#: A title or nickname: every word capitalised (small words aside), no sentence punctuation.
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"}


#: The period of an abbreviation inside a signature ("S.C. Rep. Jim Clyburn"): after one to three
#: letters that open with a capital.
_ABBREVIATION_PERIOD = r"(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z])|(?<=\b[A-Z][a-z]{2}))\."
#: Who signs a quote: a capital, then up to 80 characters with no sentence end or quote mark.
_SIGNER = rf"([A-Z](?:[^.!?\n“”\"]|{_ABBREVIATION_PERIOD}){{2,80}}?)"
#: A signature closing a pull quote inside its marks: ". – Volodymyr Koval", ".\nBen Jealous, NAACP."
_SIGNATURE = re.compile(rf"[.!?]\s*(?:[–—-]\s*|\n){_SIGNER}\.?\s*$")
#: A signature with abbreviations in it: capitalised words, initials and titles only ("S.C. Rep.
#: Jim Clyburn"), not a sentence that happens to end the quote ("Thanks to Mr. Park").
_SIGNED_NAME = re.compile(rf"\s*[{UPPER}][\w.’'-]*(?:\s+(?:[{UPPER}][\w.’'-]*|{'|'.join(sorted(PARTICLES))}))*\s*")
#: A paragraph that only signs and closes the quote left open before it: 'Charles Dunmore,
#: Citizens for Clean Water."' (a name, perhaps an affiliation, and the closing mark).
_SIGNATURE_PARAGRAPH = re.compile(rf"\s*{_SIGNER}\.?\s*[”\"]\s*$")
#: A paragraph opening by pointing back at the quote before it ("That was the message from …",
#: "Those were the words of …", "This warning came from …").
_POINTS_BACK = re.compile(r"\s*(?:That|This|Those|These|Such)\b(?:\s+\w+){0,2}\s+(?:was|were|is|are|came)\b")
#: Any quote mark at all: most paragraphs have none and skip the span search.
_ANY_MARK = re.compile("[\"'“”„«»‘’]")


@dataclass
class Found:
    """A quote under construction, with the raw speaker mention kept for evaluation."""

    paragraph: int
    span: MarkedSpan
    text: str
    start: int  # offset in the body
    mention: Mention | None = None
    speaker: str | None = None
    kind: SpeakerKind | None = None
    verb: str | None = None
    continues: bool = False  # continues an unclosed quote of the previous paragraph
    from_tail: bool = False  # attributed by the clause right after it ('"…," she said')
    signature: str | None = None  # "Jan Novak" of a pull quote signed inside its marks
    labelled: bool = False  # a transcript's turn, '"RAMOS: …': its speaker is the label
    mentioned_at: int | None = None  # where a pronoun mention read from an earlier sentence stands


#: Longest quote (in words) that may sit inside the attribution clause of the quote before it.
_INSIDE_ATTRIBUTION_WORDS = 3


def _short_quote_inside(siblings: list[Found], i: int, masked: str) -> bool:
    """The next quote of the paragraph is a few words quoted inside this quote's attribution
    clause ('"…," Bill Eastland, wearing a cowboy hat and "Ted Cruz" pins, said'): no sentence end
    between, and it ends no sentence itself."""
    if i + 1 >= len(siblings):
        return False
    nxt = siblings[i + 1]
    between = masked[siblings[i].span.mark_end : nxt.span.mark_start]
    short = len(WORD.findall(nxt.text)) <= _INSIDE_ATTRIBUTION_WORDS and nxt.text.rstrip()[-1:] not in ".!?"
    return short and WORD.search(between) is not None and first_sentence(between) == between


def _after_next(siblings: list[Found], i: int, masked: str) -> int:
    return siblings[i + 2].span.mark_start if i + 2 < len(siblings) else len(masked)


def _signs(signature: str) -> bool:
    """``signature`` (before its first comma) can sign a quote: any phrase without a period
    ("Former NAACP president Ben Jealous"), one with abbreviations only if all name-like."""
    return "." not in signature or _SIGNED_NAME.fullmatch(signature) is not None


def _is_title(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 6 or text.rstrip()[-1:] in ".!?,":
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def _collect(blocks: Sequence[Block]) -> tuple[str, list[Found]]:
    texts = [b.text for b in blocks]
    body = "\n\n".join(texts)
    found: list[Found] = []
    offset = 0
    prev_open = False
    for pi, block in enumerate(blocks):
        par = block.text
        if block.kind == "paragraph" and _ANY_MARK.search(par):
            spans = find_marked_spans(par, nested=True)
            if spans:
                spans[-1] = close_before_attribution(par, spans[-1])  # '"…, said Kessel, whose …'
            for si, span in enumerate(spans):
                a, b = quoted_words(par, span)
                if not WORD.search(par[a:b]):
                    continue
                cont = si == 0 and prev_open and not par[: span.mark_start].strip()
                signed = _SIGNATURE.search(par, a, b)
                if signed is not None:  # a pull quote signed inside its marks: "…. – Jan Novak"
                    b = signed.start() + 1
                quote = Found(pi, span, par[a:b], offset + a, continues=cont)
                quote.signature = signed.group(1) if signed is not None else None
                if not span.closed and si + 1 == len(spans) and pi + 1 < len(blocks):
                    closing = _SIGNATURE_PARAGRAPH.match(blocks[pi + 1].text)  # '…\n\nJan Novak, NGO."'
                    quote.signature = closing.group(1) if closing is not None else quote.signature
                found.append(quote)
            prev_open = bool(spans) and not spans[-1].closed
        else:
            prev_open = False
        offset += len(par) + 2
    return body, found


class _Masks:
    """Each paragraph's text with its quotes masked (``mask_paragraph``), masked on first use:
    the rules read a quote's own paragraph and sometimes a neighbour, the pronoun index a few
    paragraphs back, so most paragraphs are never masked (~0.1 ms a page)."""

    def __init__(self, blocks: Sequence[Block], by_par: dict[int, list[Found]]) -> None:
        self._blocks = blocks
        self._by_par = by_par
        self._masked: dict[int, str] = {}

    def __getitem__(self, p: int) -> str:
        masked = self._masked.get(p)
        if masked is None:
            if not 0 <= p < len(self._blocks):
                raise KeyError(p)
            masked = mask_paragraph(self._blocks[p].text, [f.span for f in self._by_par.get(p, [])])
            self._masked[p] = masked
        return masked

    def get(self, p: int) -> str | None:
        """The masked paragraph, or None where there is no paragraph ``p``."""
        return self[p] if 0 <= p < len(self._blocks) else None


def _attribute(blocks: Sequence[Block], body: str, found: list[Found], registry: NameRegistry) -> _Masks:
    by_par: dict[int, list[Found]] = {}
    for f in found:
        by_par.setdefault(f.paragraph, []).append(f)
    masks = _Masks(blocks, by_par)
    last: Found | None = None
    seen: dict[int, int] = {}
    index_in_par = []
    for f in found:
        index_in_par.append(seen.get(f.paragraph, 0))
        seen[f.paragraph] = index_in_par[-1] + 1
    inside_attribution: set[int] = set()
    for fi, f in enumerate(found):
        if id(f) in inside_attribution:
            continue  # the "Ted Cruz" of '"…," Bill Eastland, wearing a "Ted Cruz" pin, said': nobody's words
        masked = masks[f.paragraph]
        siblings = by_par[f.paragraph]
        i = index_in_par[fi]
        nxt = siblings[i + 1].span.mark_start if i + 1 < len(siblings) else len(masked)
        prv = siblings[i - 1].span.mark_end if i > 0 else 0
        same_par_prev = siblings[i - 1] if i > 0 else None
        at_start = i == 0 and not masked[: f.span.mark_start].strip()
        inner = blocks[f.paragraph].text[f.span.start : f.span.end].rstrip()
        ended = inner[-1] if inner[-1:] in ".!?" else ""  # "... at 10 a.m.," continues
        # a sentence is never longer than _HEAD_CHARS: keeps long paragraphs of quotes linear
        head = masked[max(0, f.span.mark_start - _HEAD_CHARS) : f.span.mark_start]
        utterance = inner[-1:] in ",?!" or masked[f.span.mark_end : f.span.mark_end + 1] == ","
        mention, verb = (
            tail_attribution(masked[f.span.mark_end : nxt], ended, utterance=utterance)
            if f.span.closed
            else (None, None)
        )
        if mention is not None and _DASH_ONLY.match(masked[f.span.mark_end : nxt]) and owned_post_before(head)[1] in {"—", "–", "-", "--"}:
            mention, verb = None, None  # 'Sen. Ali Shah's tweet — “…” — drew replies': the dashes set off the post
        if mention is None and verb is None and f.span.closed and not _is_title(f.text) and _short_quote_inside(siblings, i, masked):
            # '"…," Bill Eastland, wearing a "Ted Cruz" pin, said.': a name quoted inside the attribution
            mention, verb = tail_attribution(masked[f.span.mark_end : _after_next(siblings, i, masked)], ended)
            if mention is not None:
                inside_attribution.add(id(siblings[i + 1]))
        if mention is not None and not _speaking_head(mention) and _quote_as_noun_phrase(head, inner, masked[f.span.mark_end : nxt]):
            mention, verb = None, None  # '“The Crown” tells the story of …': the quote is the subject
        if mention is not None and _title_before_own_content(inner, masked[f.span.mark_end : nxt]):
            mention, verb = None, None  # 'In “Kell's Warning Signs,” a new book, the author argues the …'
        if mention is not None and _cue_then_run_on(head, inner, masked[f.span.mark_end : nxt]):
            mention, verb = None, None  # '… she angrily said, “…” about her record, Ames jabbed at Kell'
        if mention is not None and ended in {"?", "!"} and _introduced_before(head, masked[f.span.mark_end : nxt]):
            # 'Park asked the mayor, “Where is the money?” Reeves replied, “…”': after its own cue, a
            # question or an exclamation ends the sentence; the capitalised clause is the next one's
            mention, verb = None, None
        if mention is not None and verb is not None and f.span.closed:
            # 'Kline told donors “…,” the Ledger reported': the tail names who reported the words;
            # the verb the quote completes names who said them
            own = speaker_before_reporter(head, masked[prv : f.span.mark_start], verb.lower())
            if own is not None:
                mention, verb = own
        if mention is None and verb is not None:
            mention = _introduced_surname(masked[f.span.mark_end : nxt], f.start, registry)
        if mention is not None and quote_in_subordinate_clause(head):
            mention, verb = None, None  # "While Tran insisted that “…”, the numbers told another story"
        judged, judge = judging_frame(last_sentence(head), masked[f.span.mark_end : nxt]) if f.span.closed else (False, None)
        if not judged and mention is None and f.span.closed:
            judged, judge = judging_with_object(last_sentence(head), masked[f.span.mark_end : nxt])
        if judge is None and last_sentence(head).rstrip().endswith(":"):
            # 'It fell to Sen. Ann Weller to explain the defeat:': the one handed the word, not "it"
            judge = handed_the_word(last_sentence(head))
        if judge is not None:
            # 'The bill, described by Rep. Dana Kline as “…”, passed', 'a plan critics dismissed as
            # “…”': the one who judged the thing, not the sentence's subject or a later verb's
            mention, verb = judge, None
        signer = f.signature.split(",")[0] if f.signature is not None else ""  # "Ben Jealous, NAACP"
        if mention is None and signer and _signs(signer):
            mention = head_of_segment(signer)
        if mention is None and f.span.closed and i + 1 == len(siblings) and not SPEECH_VERB.search(last_sentence(head)):
            # '"…" — Governor Maria Lenz'; not the reporter's sign-off closing a news digest item
            # ('Rajoy said that he will "…" and insisted that "…"--Kim Hjelmgaard.')
            mention = signed_after(masked[f.span.mark_end :])

        label = opening_label(f.text) if mention is None and (at_start or f.continues) else None
        if label is not None:
            labelled = label_mention(label, f.paragraph, blocks, body)
            if labelled is not None or not is_speaker_label(label):
                # a transcript's turn, '"RAMOS: Secretary Clinton, …': the label is the speaker;
                # '"Q: …' / '"VIDEO: …' is nobody's, and not the previous turn's speaker either
                f.mention, f.verb, f.labelled = labelled, None, True
                last = f if labelled is not None else last
                continue

        f.from_tail = mention is not None and judge is None  # a judge is read before the quote
        tail_verb = verb
        between = masked[prv : f.span.mark_start]
        continued = (
            same_par_prev
            if mention is None
            and same_par_prev is not None
            and same_par_prev.from_tail
            and len(split_masked(between.strip())) == 1
            else None
        )
        turn = _COLON_TURN.search(between) if continued is not None else None
        if turn is not None:
            # '"A," Weller said, and Reyes shook his head: "B."': the colon's clause has a subject
            # of its own, who says B (or nobody we can name: never A's speaker by default)
            subject = leading_np(turn.group("clause") + " ")
            keep = subject is not None and (subject.kind in {"name", "pronoun"} or _speaking_head(subject))
            mention, continued = (subject if keep else None), None
        if continued is not None and _main_speech_verbs(between) == 1 and not _relative_cue_at_end(between):
            # '"A," said Rep. X, who suggested that … . "B."': B is X's, not the who-clause's
            mention, verb = continued.mention, continued.verb
        if mention is None and len(f.text.split()) > 1:
            # 'Trump mocked Clinton's “basket of deplorables” remark': the owner's words (not one
            # word, which may be the writer's epithet: 'Weller's “phony” statement')
            mention = owner_of_quoted_noun(head, masked[f.span.mark_end : nxt])
        if mention is None and between.strip():
            mention = claim_owner(last_sentence(between))  # "Kell denied Ames's claim that the deal was “…”"
        if mention is None:
            prev_mention = same_par_prev.mention if same_par_prev else None
            mention, verb = head_attribution(head, masked[prv : f.span.mark_start], prev_mention)
            if mention is None:
                # 'King says Ali “…”' after "Billie Jean King": a surname that is also a title
                # or a function word, which the speaker phrase reader drops on its own
                mention = _introduced_surname(last_sentence(head), f.start, registry)
            if continued is not None and (
                not _NEW_SPEAKER_CLAUSE.search(between)
                if mention is None
                else _apposed_to(continued, mention, between)
            ):
                # '"A," said Jim Bopp, a member of the committee, told POLITICO. "B."': a second
                # verb in A's attribution names nobody new, so B is still Bopp's (not so after
                # '"A," Ebeling said, and her husband cut in. "B."')
                mention, verb = continued.mention, continued.verb
        if (
            mention is None
            and not (f.from_tail or tail_verb is not None)
            and not at_start
            and not last_sentence(masked[prv : f.span.mark_start]).strip()
        ):
            # 'Her friend Brittany Lockwood chimed in. "I did not think ..."' (not when the quote has a
            # cue of its own after it that named nobody: '"…," goes an old saying', '"…," they were told')
            mention, verb = head_attribution(
                masked[prv : f.span.mark_start].rstrip(" .!?"), "", None
            )
            said = last_sentence(masked[prv : f.span.mark_start].rstrip(" .!?") + " ")
            cue = SPEECH_VERB.search(said)
            if cue is not None and two_named_subjects(said[: cue.start()]):
                mention, verb = None, None  # 'Mayor Tim Hale and Gov. Rosa Bell spoke. “…”': neither for sure
        if (
            mention is None
            and same_par_prev is not None
            and not last_sentence(masked[prv : f.span.mark_start]).strip()
        ):
            mention, verb = same_par_prev.mention, same_par_prev.verb  # "A," he said. "B."
            newcomer = _newcomer(f, head, masked[f.span.mark_end :], between, same_par_prev, registry) if mention else None
            if newcomer is not None:
                mention, verb = newcomer, None  # '"A," Weller said. Reyes nodded. "B."': Reyes's
            elif opens_on_others(closed_sentence(between)):
                mention, verb = None, None  # '"A," Weller said. Not everyone agreed. "B."': whose?
        if mention is None and i >= 2 and _DASH_ONLY.fullmatch(between) and _DASH_OPENS.match(
            masked[siblings[i - 2].span.mark_end : siblings[i - 1].span.mark_start]
        ):
            # '“A” – at which point the crowd chanted “B!” – “and C.”': C resumes A after the aside
            mention, verb = siblings[i - 2].mention, siblings[i - 2].verb
        if mention is None and at_start and f.paragraph + 1 < len(blocks) and not WORD.search(masked):
            mention = signed_after(" " + masks[f.paragraph + 1])  # '"…"' / '— Gov. Maria Lenz, on X.'
            if mention is None and f.paragraph + 2 < len(blocks):  # not the byline closing the page
                mention = name_line(blocks[f.paragraph + 1].text)  # '"…"' / 'Maria Ortiz, a nurse'
        own_verb = verb is not None and not f.continues
        if mention is None and at_start and not own_verb and not f.continues and _plain_paragraph(blocks, f.paragraph - 1):
            # 'Tom Reyes had a simple message for voters.' / '“…”', also after another's quote in
            # that paragraph ('“…,” said Ann Weller. Tom Reyes was more cautious.' / '“…”')
            after_quote = last is not None and last.paragraph == f.paragraph - 2
            announced = introduced_in_previous(masks[f.paragraph - 1], masked, after_quote=after_quote)
            if announced is not None and (announced.kind != "name" or registry.is_proper_name(announced.text, f.start, strict=True)):
                after = next_quote_speaker(masks[f.paragraph + 1]) if _plain_paragraph(blocks, f.paragraph + 1) else None
                pos = f.start + 1
                if after is None or announced.kind == "name" and registry.fullest(after.text, pos, ahead=True) == registry.fullest(announced.text, pos, ahead=True):
                    # not when the next paragraph opens on a quote of someone else's ('Victor Hale
                    # is upbeat.' / '“…”' / '“…,” rival candidate Joan Ortiz said.'): the speaker
                    # may be the one named after it
                    mention = announced
        if mention is None and at_start and last is not None and not own_verb and f.paragraph > 0 and masks[f.paragraph - 1].rstrip().endswith(":"):
            # '“A,” Mayor Tom Reyes said. Sen. Ann Weller disagreed:' / '“B.”': the colon hands the
            # word to whoever it introduces, before the last speaker's turn is carried over
            introducing = masks[f.paragraph - 1]
            mention, verb = head_attribution(introducing, "", None)
            mention = mention or colon_introduction(introducing) or possessive_introduction(last_sentence(introducing))
        if mention is None and at_start and last is not None and not own_verb:
            # not when the quote has a speech verb of its own whose subject we could not read
            # ('"…," this source told the Post.'): that verb names someone else
            closes = not ended and f.span.closed and closing_attribution(masked[f.span.mark_end :])[0] is not None
            if not closes and (
                f.continues
                or last.paragraph == f.paragraph - 1 and not _asked(last, masks) and not _reports_someone_else(last, masks, registry)
            ):
                # not when the quote's own sentence ends on its source after a later quote: '“A,”
                # Powell “B,” the passage continued.' (read below by ``closing_attribution``)
                mention, verb = last.mention, last.verb
        if mention is None and at_start and f.paragraph > 0:
            mention, verb = head_attribution(masks[f.paragraph - 1], "", None)  # "Umerov said:"
        if mention is None and at_start and f.paragraph > 0:
            mention = colon_introduction(masks[f.paragraph - 1])  # "Berg was blunt:"
        if mention is None:
            mention = colon_speaker(last_sentence(head))  # "Sanders: Endorsements prove …", "Ryan: ‘A’ Have ‘B’"
            if mention is not None and mention.text.isupper() and len(mention.text) > ACRONYM_LETTERS:
                # a transcript's 'DIAZ: I said “…”' (as "Diaz"), not a dateline's 'WASHINGTON: “…”'
                mention = label_mention(mention.text, f.paragraph, blocks, body)
        if mention is None:
            intro = last_sentence(between) if between.strip() else masks.get(f.paragraph - 1) or ""
            if not intro.strip() and between.rstrip().endswith((".", "!")):
                # the sentence just closed: "Mayor Lena Ford's message was blunt. “…”"
                intro = closed_sentence(between).rstrip() + between.rstrip()[-1]
            mention = possessive_introduction(intro)  # "Mayor Ken Dale’s answer: “…”"
        if mention is None and between.strip():
            mention = words_owner(last_sentence(between))  # "The plan failed because, in Kell's words, “…”"
        if mention is None and between.strip():
            mention = colon_subject(last_sentence(between))  # "The board was conclusive in its findings:"
        if f.span.closed and (mention is None or mention.kind == "description" and not f.from_tail):
            # "The vast majority of Americans say they prefer “…”, according to a poll": the
            # sentence's source, when the subject before the quote was only a description
            closing, closing_verb = closing_attribution(masked[f.span.mark_end :])
            if mention is None or closing_verb in SPEAKER_AFTER:
                mention, verb = (closing, closing_verb) if closing is not None else (mention, verb)
        if mention is None and not _is_title(f.text):
            mention, verb = _fallback(blocks, masks, f, between, same_par_prev, registry)
        if mention is None and not _is_title(f.text) and last is not None and last.paragraph == f.paragraph - 1 and not _asked(last, masks):
            if continues_previous_paragraph(masked):  # 'Then, on the radio the next morning: “…”'
                mention, verb = last.mention, last.verb
        if (
            mention is None
            and at_start
            and not WORD.search(masked)
            and not _is_title(f.text)
            and last is not None
            and last.paragraph == f.paragraph - 2
            and blocks[f.paragraph - 1].kind == "paragraph"
            and not _asked(last, masks)
            and _same_person(stage_direction(masks[f.paragraph - 1]), last, registry, f.start)
        ):
            mention, verb = last.mention, last.verb  # '“…,” Miller said.' / 'She pauses.' / '“…”'
        if judged and judge is None and not f.from_tail and verb not in SPEAKER_AFTER:
            mention, verb = None, None  # 'Dorsey, long derided as “…”, retired': whose verdict goes unsaid
        if mention is not None and ABBREVIATION_DOT in mention.text:
            mention = Mention(mention.kind, restore(mention.text))
        f.mention, f.verb = mention, verb
        if f.mention is not None:
            last = f
    for f in found:
        if f.mention is not None and f.paragraph > 0 and _crosshead(blocks[f.paragraph].text, f):
            f.mention, f.verb = None, None  # "'We're vetting VP candidates!'" between sections (echoed below)
        if f.mention is not None and _is_title(f.text) and _names_a_thing(masks[f.paragraph], f.span):
            # 'she said, showing off the “Keep Our Town Strong” cap': a name, no one's words (the
            # quotes around it keep the speaker they share)
            f.mention, f.verb = None, None
        if f.mention is not None and _NICKNAME_BEFORE.search(masks[f.paragraph], 0, f.span.mark_start):
            f.mention, f.verb = None, None  # 'Rep. Dan Oster, the self-styled “people's champion,” lost'
        if f.mention is not None and _nickname_in_name(masks[f.paragraph], f):
            f.mention, f.verb = None, None  # 'Robert “Bob” Kell', 'James “Jimmy the Fixer” Boyle'
        if f.mention is not None and _titles_a_work(masks[f.paragraph], f):
            f.mention, f.verb = None, None  # 'Billy Marsh played his hit “A Piano on the Road to Nowhere”'
        if f.mention is not None and _names_a_programme(masks[f.paragraph], f):
            f.mention, f.verb = None, None  # 'Reyes said in an interview on CBS's “Face the Nation.”'
    _open_quotes_take_their_end(found)
    return masks


def _open_quotes_take_their_end(found: list[Found]) -> None:
    """A quote left open at its paragraph's end runs on into the next paragraph, so it is the
    speaker's whose cue closes the run: '“I never wanted to run.' / '“But my neighbors asked me
    to,” said Lou Grant.' -> Grant for both (back over several paragraphs). Only a speaker the
    continuation read for itself: one it merely inherited from a quote before the run would be
    a guess over an unattributed quote."""
    for k in range(len(found) - 2, -1, -1):
        f, nxt = found[k], found[k + 1]
        if f.mention is not None or f.span.closed or not nxt.continues or nxt.paragraph != f.paragraph + 1:
            continue
        if f.labelled or nxt.labelled or opening_label(f.text) is not None:
            continue  # a transcript's turns ('"VIDEO: …' / '"PRUITT: …"'): each line has its own
        earlier = next((g.mention for g in reversed(found[:k]) if g.mention is not None), None)
        if nxt.mention is not None and nxt.mention is not earlier and not _is_title(f.text):
            f.mention, f.verb = nxt.mention, nxt.verb


#: A determiner or a possessive right before a quote's opening mark, and a lower-case word right
#: after its closing mark: the quote is a name modifying that noun ('the “Keep Our Town Strong” cap').
_DETERMINER_BEFORE_MARK = re.compile(r"(?:^|\s)(?:the|a|an|his|her|its|their|our|this|that|[\w’'-]+[’']s)\s*$", re.IGNORECASE)
_NOUN_AFTER_MARK = re.compile(
    r"\s*(?!(?:and|or|but|nor|to|in|on|at|of|for|from|by|with|as|that|which|who|is|was|are|were|has|had|will|would)\b)[a-z][\w-]*"
)


def _names_a_thing(masked: str, span: MarkedSpan) -> bool:
    """A title-case quote between a determiner and a lower-case noun names a thing (a slogan on a
    cap, a show, a programme: 'the “Keep Our Town Strong” cap', 'his “Fresh Start” plan'); it is
    no one's words, whoever speaks around it."""
    before = masked[: span.mark_start]
    return _DETERMINER_BEFORE_MARK.search(before) is not None and _NOUN_AFTER_MARK.match(masked, span.mark_end) is not None


#: What makes the quote after it a nickname or a label someone wears ('the self-styled “people's
#: champion”', ', nicknamed “…”', ', also known as “…”'): no one's words, though a name stands
#: right by it. Not 'Kell dubbed the plan “…”' (no comma: Kell's own words).
_NICKNAME_BEFORE = re.compile(
    r"(?:(?<![\w’'-])self-(?:styled|described|proclaimed)|,\s*(?:(?:also\s+)?known\s+as|nicknamed|dubbed|billed\s+as)|"
    # 'laughed off the nickname her opponents gave her, “…”': a name someone goes by, no one's words
    r"(?<![\w’'-])(?:nickname|moniker|epithet|sobriquet)(?:\s+[a-z][^,;:.!?“”\"]{0,40})?,?)\s*$"
)


_NAME_BEFORE_MARK = re.compile(r"(?<![\w’'-])[A-Z][a-z]+\s*$")
_NAME_AFTER_MARK = re.compile(r"\s*[A-Z][a-z]")


def _nickname_in_name(masked: str, f: Found) -> bool:
    """A title-case quote of a few words between a given name and a surname ('Robert “Bob”
    Kell', 'James “Jimmy the Fixer” Boyle') is a nickname: no one's words."""
    words = f.text.split()
    if not 1 <= len(words) <= 4 or not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return False
    before = _NAME_BEFORE_MARK.search(masked, 0, f.span.mark_start)
    return before is not None and _NAME_AFTER_MARK.match(masked, f.span.mark_end) is not None


#: Nouns of works with a title ("his hit “…”", "“…,” a memoir by her father").
_WORK_NOUNS = (
    "hit|song|single|album|record|track|ballad|anthem|book|novel|memoir|biography|film|movie|show|series|"
    "sitcom|play|musical|opera|poem|documentary|podcast|painting|exhibition|essay|column"
)
_WORK_BEFORE_MARK = re.compile(rf"(?<![\w’'-])(?:(?:{_WORK_NOUNS})s?|sang|sings|performed|performs)\s*$", re.IGNORECASE)
_WORK_AFTER_MARK = re.compile(rf"\s*,?\s*(?:an?|the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_WORK_NOUNS})(?![\w’'-])")
_LONGEST_WORK_TITLE = 12


def _titles_a_work(masked: str, f: Found) -> bool:
    """A title-case quote right after the noun of a work ('his hit “A Piano on the Road to
    Nowhere”') or a verb of performing one ('sang “Take Me Home, Country Roads”'), or set beside
    one ('read from “The Long Night Before the War Came Home,” a memoir by her late father'), is
    the work's title: no one's words, whatever name stands nearby."""
    words = f.text.rstrip(" ,.").split()
    if not 1 <= len(words) <= _LONGEST_WORK_TITLE:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return False
    before = _WORK_BEFORE_MARK.search(masked[: f.span.mark_start]) is not None
    return before or _WORK_AFTER_MARK.match(masked, f.span.mark_end) is not None


#: A preposition of where words were spoken or printed, or "told", perhaps with the outlet's
#: possessive, right before a quote's opening mark: "on CBS's", "on", "with", "told", "to NBC's".
_OUTLET_BEFORE_MARK = re.compile(
    rf"(?<![\w’'-])(?:on|to|with|told|tells)\s+(?:(?:the\s+)?[{UPPER}][\w&.-]*(?:\s+[{UPPER}][\w&.-]*){{0,3}}[’'](?:s|(?<=s[’']))\s+)?$"
)
#: Longest programme title, in words.
_LONGEST_PROGRAMME = 8


def _names_a_programme(masked: str, f: Found) -> bool:
    """A title-case quote right after "on", "to", "with" or "told" and perhaps a network's possessive
    ('in an interview that aired Sunday on CBS's “Face the Nation.”', 'told “Good Morning
    America”', 'in an interview with “60 Minutes”') names a show or a paper, its period or comma
    inside the marks by American style: no one's words, though the sentence has a speaker."""
    words = f.text.rstrip(" ,.").split()
    if not 1 <= len(words) <= _LONGEST_PROGRAMME:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _SMALL_WORDS for w in words):
        return False
    return _OUTLET_BEFORE_MARK.search(masked[: f.span.mark_start]) is not None


#: Longest crosshead quote, in words.
_CROSSHEAD_WORDS = 10


def _crosshead(paragraph: str, f: Found) -> bool:
    """A paragraph that is nothing but a short quote in single marks ("'We're vetting VP
    candidates!'"): a sub-heading in headline style, which quotes words the section gives a
    speaker later, not a continuation of the speaker before it."""
    whole = f.span.mark_start == 0 and f.span.mark_end >= len(paragraph.rstrip())
    return f.span.single and whole and len(WORD.findall(f.text)) <= _CROSSHEAD_WORDS


def _same_person(subject: str | None, last: Found, registry: NameRegistry, pos: int) -> bool:
    """A stage direction's subject (``stage_direction``) is the last speaker: none at all
    ("Pause."), or a he/she that is the speaker's own pronoun or the known gender of the speaker's
    name (not a description: '“…,” an aide told her.' / 'She nods.' is the mayor nodding). Never
    after a question: the quote after the pause is the answer."""
    if subject is None or last.mention is None or last.text.rstrip().endswith("?"):
        return False
    if not subject:
        return True
    mention = last.mention
    if mention.kind == "pronoun":
        return mention.text == subject
    known = registry.gender_of(registry.fullest(mention.text, pos)) if mention.kind == "name" else None
    return known == PRONOUN_GENDER[subject]


#: What a speech verb reports when it has content of its own: "that", or a clause with a verb.
_OWN_CONTENT = re.compile(r"\s+(?:that\b|(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|will|would|has|have|had|can|could)\b)")


def _title_before_own_content(inner: str, tail: str) -> bool:
    """A quote that is a title in title case ('In “Kell's Warning Signs,” a new book, the author
    argues the economy is overheating.') before a speech verb that reports content of its own:
    the title names a work; the verb's subject did not say it."""
    if not _is_title(inner.rstrip(" ,")):
        return False
    clause = first_sentence(tail)
    spoken = SPEECH_VERB.search(clause)
    return spoken is not None and _OWN_CONTENT.match(clause, spoken.end()) is not None


#: A speech verb right after a quote's closing mark, no comma between (an -ly adverb may be).
_VERB_RIGHT_AFTER = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERB.pattern})")
#: A short noun phrase opening the sentence before a quote (a determiner or a possessive, then
#: up to four plain words): "The phrase", "Her new book,", "The film's slogan".
_NOUN_PHRASE_BEFORE = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w-]*[’']s)(?:\s+[\w’'-]+){0,4}\s*,?\s*")
_SMALL_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}
#: Heads of a phrase that can speak: people, groups and organisations.
_SPEAKING_HEADS = PERSON_NOUNS | GENDERED_ROLES.keys() | GROUP_NOUNS | ORGANISATION_NOUNS


def _quote_as_noun_phrase(head: str, inner: str, tail: str) -> bool:
    """The quote is a noun phrase, the subject of the verb right after it: a title, a slogan or a
    term that opens the sentence with no punctuation of its own ('“The Crown” tells the story of
    a queen', '“Medicare for All” answers none of it'), or one set in a noun phrase that does
    ('The phrase “deep state” suggests a conspiracy', 'Her new book, “Quiet Rooms,” recalls a
    childhood'). An inverted verb needs an utterance before it, closed by its comma ('“…,” said
    X'); here what follows the verb is its object, not a speaker."""
    if _VERB_RIGHT_AFTER.match(tail) is None:
        return False
    opening = last_sentence(head)
    if not opening.strip():
        return inner.rstrip()[-1:] not in ",.!?;:…—–-"
    words = opening.split()
    return (
        _NOUN_PHRASE_BEFORE.fullmatch(opening) is not None
        and not SPEECH_VERB.search(opening)
        and not any(w.lower() in _SMALL_DETERMINERS for w in words[1:])  # "the team … a slogan": a clause
        and (opening.rstrip().endswith(",") or inner.rstrip()[-1:] not in ",.!?;:…—–-")
    )


def _speaking_head(mention: Mention) -> bool:
    """A speaker phrase names a person, a group or an organisation (not "the story", "a range")."""
    return mention.kind != "description" or head_noun(mention.text) in _SPEAKING_HEADS


#: A speech verb right before a quote, maybe with its comma or colon: "as she angrily said, “".
_CUE_RIGHT_BEFORE = re.compile(rf"(?:{SPEECH_VERB.pattern})\s*[,:]?\s*$")


def _cue_then_run_on(head: str, inner: str, tail: str) -> bool:
    """The quote follows its own speech verb and closes with no punctuation of its own, and the
    sentence runs on in lower case with no verb right after the quote ('as she angrily said, “I am
    sick of the developers lying” about her record, Tom Ames jabbed at Kell'): the words are the
    cue's, and the subject of the later clause is no speaker of them."""
    if inner[-1:] in ",.!?;:" or not re.match(r"\s+[a-z]", tail) or SPEECH_VERB.match(tail.lstrip()):
        return False
    return _CUE_RIGHT_BEFORE.search(last_sentence(head)) is not None


def _introduced_before(head: str, tail: str) -> bool:
    """A speech verb's clause right before the quote ends in a comma or a colon ("Park asked the
    mayor, “…”"), and what follows the quote opens a new sentence with a capital."""
    return head.rstrip().endswith((",", ":")) and re.match(r"\s+[A-Z]", tail) is not None and SPEECH_VERB.search(last_sentence(head)) is not None


#: Nothing but a dash between two quotes ('“B!” – “and C.”'), and a dash opening an aside.
_DASH_ONLY = re.compile(r"\s*(?:[—–]|--?)\s*")
_DASH_OPENS = re.compile(r"[,\s]*(?:[—–]|--?\s)")
#: "asked Vik", "asks the minister": a question put to someone (not "asked rhetorically").
_ASKED_SOMEONE = re.compile(r"\bask(?:ed|s)\s+(?!(?:rhetorically|aloud|again|later|too|also)\b)[\w’']")


#: "asked" and the name of the one asked, maybe after a role: '“…?” a reporter asked Ann Weller',
#: 'asked chief executive Dan Pike' (group "listener"; not 'asked about Weller').
_ASKED_NAME = re.compile(
    r"\bask(?:ed|s)\s+(?:(?!(?:about|for|if|whether|why|how|what|when|where|who|to|by|in|on|at|during|"
    r"after|before|from|with|of|again|later|aloud)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?P<listener>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"
)
#: Verbs of answering (their subject is the one asked) and plain speech verbs that may answer.
_ANSWER_VERBS = frozenset("replied replies answered answers responded responds retorted countered shot".split())
_PLAIN_VERBS = frozenset("said says".split())


def _answerer(f: Found, last: Found | None, masks: _Masks, registry: NameRegistry) -> str | None:
    """The one a question was put to, who answers it: '“Why did you vote no?” a reporter asked
    Ann Weller. “Because it was a bad bill,” she replied.' -> Ann Weller (not the asker, whom the
    pronoun would find as the sentence's subject). Only right after the question; "replied" and
    its kind need a pronoun that may fit the person asked, a plain "said" one that fits them (and
    when it fits a named asker too, nobody: ``AMBIGUOUS``)."""
    verb = (f.verb or "").lower()
    if last is None or f.paragraph - last.paragraph > 1 or verb not in _ANSWER_VERBS | _PLAIN_VERBS or not _asked(last, masks):
        return None
    asked = _ASKED_NAME.search(first_sentence(masks[last.paragraph][last.span.mark_end :]))
    if asked is None or not registry.is_proper_name(asked.group("listener"), last.start):
        return None
    listener = registry.fullest(asked.group("listener"), last.start + 1)
    gender = PRONOUN_GENDER[f.mention.text.lower()] if f.mention is not None else None
    if registry.gender_of(listener) not in (gender, None if verb in _ANSWER_VERBS else gender):
        return None  # a listener of the other gender (or, after a plain "said", of unknown gender)
    if verb in _PLAIN_VERBS and last.speaker and registry.gender_of(last.speaker) == gender:
        return AMBIGUOUS  # 'Jane Cole asked Ann Weller. “…,” she said': either of them
    return listener


def _asked(quote: Found, masks: _Masks) -> bool:
    """The quote was a question put to someone ('“Do you regret it?” the interviewer asked Vik.'):
    the quote-only paragraph after it is the answer, not more of the question."""
    if quote.verb is None or not quote.verb.startswith("ask") or not quote.text.rstrip().endswith("?"):
        return False
    return _ASKED_SOMEONE.search(first_sentence(masks[quote.paragraph][quote.span.mark_end :])) is not None


def _reports_someone_else(quote: Found, masks: _Masks, registry: NameRegistry) -> bool:
    """After the quote and its attribution, its paragraph goes on to report what someone else
    said ('“A,” Weller told the Post. Her colleague Tom Reyes said the city should wait.'): a
    quote opening the next paragraph is more likely theirs than the quote's speaker's."""
    sentences = split_masked(masks[quote.paragraph][quote.span.mark_end :].strip())
    own = quote.mention.text.split()[-1] if quote.mention is not None else ""
    for sentence in sentences[1:] if quote.from_tail else sentences:
        verb = SPEECH_VERB.search(sentence)
        subject = leading_np(sentence[: verb.start()] + " ") if verb is not None else None
        if subject is None or subject.kind == "pronoun" or not _speaking_head(subject) or subject.text.split()[-1] == own:
            continue
        if subject.kind != "name" or registry.is_proper_name(subject.text, quote.start, strict=True):
            return True  # not "Rather, he said, …"
    return False


def _introduced_surname(clause: str, pos: int, registry: NameRegistry) -> Mention | None:
    """ '"…," From said.' after "Al From" was introduced: a surname that is also a common or
    function word ("From", "Just", "King") is a name when the article wrote it in full before."""
    word = lone_word_subject(clause)
    return Mention("name", word) if word is not None and registry.introduced_surname(word, pos) else None


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|whom)\s+(?:(?:\w+ly|also|had|has|have|since|then|later)\s+){0,2}$")


#: A coordinated clause with a subject of its own after the previous quote's attribution: ", and
#: her husband cut in", "; then the mayor added".
_NEW_SPEAKER_CLAUSE = re.compile(r"[,;]\s+(?:and|but|then|while)\s+(?:his|her|their|the|a|an|[A-Z])")
#: The same clause introducing the next quote with a colon: ", and Reyes shook his head:", ",
#: before Reyes cut her off:" (group "clause": from its subject to the colon).
_COLON_TURN = re.compile(
    r"[,;]\s+(?:and|but|then|while|before|until|when)\s+(?P<clause>(?:his|her|their|the|a|an|[A-Z])[^,;:]*):\s*$"
)


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def _newcomer(
    f: Found, head: str, rest: str, between: str, previous: Found, registry: NameRegistry
) -> Mention | None:
    """Someone else who is the subject of the sentence between a quote and the paragraph's
    previous one: '“A,” Weller said. Reyes nodded. “B.”' (Reyes), 'Her rival, Tom Reyes, was
    skeptical. “B.”'. Not the previous quote's own attribution sentence, and not a he/she (the
    pronoun may well be the previous speaker: '“A,” Weller said. She paused. “B.”')."""
    sentences = split_masked(between.strip())
    if len(sentences) < (2 if previous.from_tail else 1):
        return None  # only the previous quote's attribution stands between
    mention = lone_quote_subject(head, rest)
    if mention is None or mention.kind == "pronoun" or _SUBJECT_PRONOUN.search(sentences[-1]):
        return None  # 'An immigrant from Uganda, she plans to …': the description is hers
    if mention.kind == "name" and not registry.is_proper_name(mention.text, f.start, strict=True):
        return None  # "Welfare was meant to be a safety net."
    said_before = previous.mention.text.split() if previous.mention is not None else []
    if mention.kind == "name" and said_before and mention.text.split()[-1] == said_before[-1]:
        return None  # the same person again: '“A,” Ann Weller said. Weller paused. “B.”'
    return mention


def _apposed_to(previous: Found, mention: Mention, between: str) -> bool:
    """``mention`` is a description set off after the previous quote's speaker ("Jim Bopp, a
    conservative member of the committee, told …"), not someone new ("and the mayor agreed")."""
    if previous.mention is None or mention.kind != "description":
        return False
    apposition = re.escape(previous.mention.text) + r"\s*,\s*" + re.escape(mention.text.split()[0])
    return re.search(apposition, between, re.IGNORECASE) is not None


def _relative_cue_at_end(text: str) -> bool:
    """``text`` ends on a relative clause's speech verb that introduces the next quote ('"A," Reyes
    told Weller, who replied, "B."'): B is the antecedent's answer, not more of A's speaker."""
    cues = list(SPEECH_VERB.finditer(text))
    if not cues or cues[-1].group().endswith("ing") or not _QUOTE_NEXT.fullmatch(text, cues[-1].end()):
        return False
    return _RELATIVE_BEFORE.search(text, max(0, cues[-1].start() - 30), cues[-1].start()) is not None


#: Nothing but a particle and punctuation between a verb and the quote it introduces.
_QUOTE_NEXT = re.compile(r"\s*(?:back|again|out)?\s*[,:—–]?\s*")


def _main_speech_verbs(text: str) -> int:
    """Finite speech verbs of ``text`` outside relative clauses: not "…, who suggested that …"
    nor a participle ("said Hale, speaking of politicians, …")."""
    return sum(
        1
        for m in SPEECH_VERB.finditer(text)
        if not m.group().endswith("ing") and not _RELATIVE_BEFORE.search(text, max(0, m.start() - 30), m.start())
    )


def _plain_paragraph(blocks: Sequence[Block], index: int) -> bool:
    """``blocks[index]`` exists and is a paragraph of running text (no heading, no caption)."""
    return 0 <= index < len(blocks) and blocks[index].kind == "paragraph"


def _fallback(
    blocks: Sequence[Block],
    masks: _Masks,
    f: Found,
    between: str,
    same_par_prev: Found | None,
    registry: NameRegistry,
) -> tuple[Mention | None, str | None]:
    """No speech verb anywhere near: the sentence subject (over an earlier quote of the same
    sentence too), the paragraph's earlier speaker, the subject of the sentence before a quote
    that stands alone, or an attribution in the next or previous paragraph (see
    ``quote_fallbacks``).

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
    mention = verbless_subject(between) if same_par_prev is None or not continues_clause(head, between) else None
    if proper(mention):
        return mention, None
    if mention is not None and registry.mid_sentence_name(mention.text, f.start) and verb_follows(between, mention.text):
        return mention, None  # "In 2014, Pew found that “…”": a one-word name the text uses as a name
    prev = same_par_prev.mention if same_par_prev is not None else None
    if prev is not None and prev.kind in {"name", "pronoun"} and names_nobody(between):
        return prev, None  # the paragraph is still about the person quoted before
    nxt = f.paragraph + 1
    if same_par_prev is not None and same_par_prev.from_tail and prev is not None and predicate_of_bare_subject(between):
        return prev, None  # '“…,” said Aida. Biden “kind of misspoke.”': Aida's verdict on Biden
    mention, verb = paraphrase_speaker(
        between,
        lambda word: registry.mid_sentence_name(word, f.start) or registry.is_proper_name(word, f.start, strict=True),
        from_start=same_par_prev is None,
    )
    if proper(mention):
        if mention is not None and mention.kind == "pronoun":  # resolved where it stands, not at the quote
            f.mentioned_at = f.start - f.span.start + f.span.mark_start - len(last_sentence(between)) - 1
        return mention, verb  # 'This makes it harder to correct, Hemsby said. Truth wins only when “…”'
    if same_par_prev is not None:
        # 'Clinton supports “pay raises,” opposes “pay freezes”': the subject of the whole
        # sentence, which the earlier quote split
        mention = verbless_subject(head)
        return (mention, None) if proper(mention) else (None, None)
    rest = masks[f.paragraph][f.span.mark_end :]
    mention = lone_quote_subject(head, rest)
    if proper(mention):
        return mention, None  # 'Quintanilla seemed taken aback. “Does that …?”'
    following = rest
    if not following.strip() and nxt < len(blocks) and blocks[nxt].kind == "paragraph":
        following = masks[nxt]
    own_sentence = not last_sentence(head).strip() and blocks[f.paragraph].text[f.span.start : f.span.end].rstrip()[-1:] in ".!?"
    mention = points_back_source(following) if own_sentence else None
    if mention is not None:
        return mention, None  # '“…” That quote from Commissioner Tom Krebs appeared …'
    if nxt < len(blocks) and blocks[nxt].kind == "paragraph":
        mention, verb = next_paragraph_speaker(masks[f.paragraph], masks[nxt])
        if mention is not None:
            return mention, verb
    previous = masks.get(f.paragraph - 1) if blocks[f.paragraph - 1 : f.paragraph] and blocks[f.paragraph - 1].kind == "paragraph" else None
    if previous is None or (nxt < len(blocks) and _POINTS_BACK.match(blocks[nxt].text)):
        return None, None  # "That was the promise …": the next paragraph points back without a source
    mention, verb = previous_paragraph_speaker(previous, masks[f.paragraph])
    if mention is not None:
        return mention, verb
    if nxt < len(blocks) and not WORD.search(masks[f.paragraph]):
        # "Hale is upbeat." / "“…”" / "“…,” Hale notes.": the person both neighbours name
        before, after = previous_subject(previous), next_quote_speaker(masks[nxt])
        if before is not None and after is not None:
            pos = f.start + 1
            if registry.fullest(before.text, pos, ahead=True) == registry.fullest(after.text, pos, ahead=True):
                return before, None
    return None, None


def _parse_speakers(blocks: Sequence[Block], found: list[Found], options: BriefingOptions) -> None:
    """Last resort for quotes no rule gave a mention: a dependency parse of the quote's sentence
    (``parse_fallback``, imported only here: spaCy is optional). A quote continuing one the
    parse attributed ("…" over two paragraphs) takes the same mention."""
    from .parse_fallback import speaker_by_parse

    offsets = [0]
    for block in blocks:
        offsets.append(offsets[-1] + len(block.text) + 2)
    previous: Found | None = None
    for f in found:
        if f.mention is None and not f.labelled and not _is_title(f.text):
            if f.continues and previous is not None and previous.mention is not None:
                f.mention, f.verb = previous.mention, previous.verb
            elif len(WORD.findall(f.text)) >= options.scare_quote_max_words:
                at = offsets[f.paragraph]
                quoted = [(g.start - at, g.start - at + len(g.text)) for g in found if g.paragraph == f.paragraph]
                parsed = speaker_by_parse(blocks[f.paragraph].text, f.start - at, f.start - at + len(f.text), quoted)
                if parsed is not None:
                    f.mention, f.verb = parsed
        previous = f


def _resolve_speakers(
    blocks: Sequence[Block], found: list[Found], masks: _Masks, registry: NameRegistry
) -> None:
    """Turn each quote's mention into a speaker, in text order: names to their fullest form,
    titles to the person introduced with them, pronouns to the most recent fitting referent."""
    offsets = [0]
    for block in blocks:
        offsets.append(offsets[-1] + len(block.text) + 2)
    index = SubjectIndex(registry)
    last: Found | None = None
    for f in found:
        m = f.mention
        if m is not None and m.kind == "pronoun":
            for p in range(max(0, f.paragraph - _SPEAKER_MEMORY_PARAGRAPHS), f.paragraph + 1):
                captioned = p + 1 < len(blocks) and credit_only(blocks[p + 1].text)
                index.add_paragraph(p, masks[p], offsets[p], headline=p == 0 and _title_case(blocks[p].text), captioned=captioned)
        if m is not None and m.kind == "name" and not f.labelled and _title_case(blocks[f.paragraph].text):
            m = _known_part(m, registry, offsets[f.paragraph], offsets[f.paragraph + 1])
        f.speaker = _resolve(m, f.start if f.mentioned_at is None else f.mentioned_at, registry, last, index, f.text)
        answerer = _answerer(f, last, masks, registry) if m is not None and m.is_he_or_she else None
        if answerer is not None:
            f.speaker = None if answerer is AMBIGUOUS else answerer  # '“Why?” a reporter asked Ann Weller. “Because …,” she replied.'
        to_person = (
            m is not None
            and m.kind == "description"
            and f.speaker not in {None, m.text}
            and not _THE_NAME.fullmatch(m.text)  # "the Post" -> "Washington Post" is no person
        )
        known = f.speaker is not None and (
            f.speaker in registry.gender or registry.titled(f.speaker) or (f.verb or "").lower() in PERSON_ONLY_VERBS
        )  # "“…,” Sanders jabbed": a verb only a person does
        shortened = m is not None and _THE_NAME.fullmatch(m.text) and f.speaker not in {None, m.text}
        kind_mention = Mention("name", f.speaker) if shortened and f.speaker else m
        f.kind = kind_of(kind_mention, f.speaker, resolved_to_person=to_person, known_person=known)
        if m is not None:
            if f.speaker is not None:
                index.add(f.start, m if m.kind != "pronoun" else Mention("name", f.speaker), f.speaker)
            last = f


#: A sentence end and another sentence after it: no headline.
_SENTENCE_THEN_ANOTHER = re.compile(r"[a-z][.!?][”’\"']?\s+[“‘\"]?[A-Z]")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'-]{3,}")


@lru_cache(maxsize=16)
def _title_case(paragraph: str) -> bool:
    """A headline written in title case ("Ted Cruz Calls Trump's Plan 'Dangerous'"), where a
    capital says nothing about a name. Cached for the few paragraphs of a page: it is asked
    once per named speaker, and paragraphs with quotes are long (~1,000 characters on the dev
    pages, two regex passes each) and often hold several.

    A paragraph ending on a lower-case word outside quotation marks, or with "said" or "told" in
    lower case outside them, is prose, however many titles and names it holds ('“Diplomacy is
    not dead,” Secretary of State Helen Marsh said.', '“…,” Election Commissioner Ruth Adeyemi
    told Reuters on Sunday.'): title case capitalises these words."""
    words = len(LONG_WORD.findall(paragraph))
    if _SENTENCE_THEN_ANOTHER.search(paragraph) and paragraph.rstrip(" ”’\"'").endswith("."):
        # 'Mayor Lee Tran's “Ten Point Plan for Safer Streets” was unveiled on Monday. “…,” said
        # Police Chief Dora Quinn.': sentences of a body paragraph, capitals of names and a title
        return False
    if words < 4 or len(_CAPITALISED.findall(paragraph)) < 0.7 * words:
        return False
    unquoted = _QUOTED.sub(" ", paragraph)
    return not (_LOWER_LAST_WORD.search(paragraph[-60:]) or _LOWER_SAID.search(unquoted) or _LOWER_VERB.search(unquoted))


#: The end of a prose paragraph: a lower-case last word outside quotation marks ("… Helen Marsh
#: said.").
_LOWER_LAST_WORD = re.compile(r"(?<![\w’'])[a-z][a-z’'-]*[.!?]?\s*$")
#: The commonest speech verbs in lower case ("… Ruth Adeyemi told Reuters on Sunday."), read
#: outside the quoted words (``_QUOTED``).
_LOWER_SAID = re.compile(r"(?<![\w’'])(?:said|says|told|tells)(?![\w’'])")
#: A lower-case word of the past tense outside the quoted words ("“Vote,” urged Lena Marr.",
#: "insisted", "pleaded"): title case capitalises verbs, so a short paragraph of a quote and two
#: names with one is prose.
_LOWER_VERB = re.compile(r"(?<![\w’'])[a-z]{3,}ed(?![\w’'])")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def _known_part(mention: Mention, registry: NameRegistry, start: int, end: int) -> Mention | None:
    """In a title-case headline, the part of a name the body also writes ("Spurns" is not a
    name; "Claim Clinton" is Clinton); None when the body names no one so."""
    known = registry.known_words(start, end)
    words = mention.text.split()
    for k in range(len(words)):
        if words[-1] in known and all(w in known for w in words[k:]):
            return Mention("name", " ".join(words[k:]))
    return None


def _resolve(
    mention: Mention | None,
    pos: int,
    registry: NameRegistry,
    last: Found | None,
    index: SubjectIndex,
    quote: str = "",
) -> str | None:
    if mention is None:
        return None
    if mention.kind == "name":
        if not registry.is_proper_name(mention.text, pos + 1):
            return None  # a capital that only starts sentences ("Preceded by …"), a dateline
        return registry.fullest(mention.text, pos + 1, ahead=True)
    if mention.kind == "pronoun":
        if mention.text == "it" and last is not None and last.mention and last.mention.kind == "description":
            return last.speaker
        if mention.text == "they":
            return index.resolve_they(pos)
        return index.resolve_it(pos) if mention.text == "it" else index.resolve(mention.text, pos, quote)
    if mention.kind == "description":
        if joint_speakers(mention.text):
            # "the mayor and the sheriff": both, never the one sheriff named before; each name in
            # its fullest form ("Netanyahu and other …" -> "Benjamin Netanyahu and other …")
            text = mention.text
            for head in joint_heads(mention):
                if head.kind == "name" and registry.is_proper_name(head.text, pos + 1):
                    full = registry.fullest(head.text, pos + 1, ahead=True)
                    if full != head.text and full.endswith(head.text.split()[-1]):
                        text = re.sub(rf"(?<![\w’'-]){re.escape(head.text)}(?![\w’'-])", full, text, count=1)
            return text
        person = registry.resolve_title(mention.text, pos)
        if person is AMBIGUOUS:
            return mention.text  # "the senator" after two senators: show what the text says
        short = _THE_NAME.fullmatch(mention.text)
        if person is None and short is not None:  # "the Post" after "The Washington Post"
            full = registry.fullest(short.group(1), pos)
            return full if full != short.group(1) else mention.text
        return person or mention.text
    if mention.kind == "unnamed" and SHARED_SURNAME_COUPLE.fullmatch(mention.text):
        return mention.text  # "David and Jeanne Heidler": the two of them, as the text names them
    return None  # "one of them", "another", "Mr. and Mrs. Hale": someone, but no one we can name


#: A definite description that is a shortened name: "the Post", "the Times".
_THE_NAME = re.compile(r"the ([A-Z][\w’'-]+)")


def _echo_headline_speakers(blocks: Sequence[Block], found: list[Found], registry: NameRegistry, body: str) -> None:
    """A headline quote without a named speaker takes the speaker of the same words quoted in the
    body: "CNN President On Trump: ‘We Do Not Pay Candidates …’" is Jeff Zucker's when the body
    reads "“We do not pay candidates …,” Zucker said". Only a headline (title case, or the
    first paragraph) echoes; a named speaker already there is kept, and a slogan ("MAKE MEXICO
    GREAT AGAIN", on a hat) is nobody's to echo. Without an echo, a role the headline names is
    the one person the body introduces with it."""
    for f in found:
        crosshead = f.paragraph > 0 and f.mention is None and _crosshead(blocks[f.paragraph].text, f)
        if crosshead and len(WORD.findall(f.text)) >= _ECHO_MIN_WORDS:
            _echo(f, found)  # "'We're vetting VP candidates!'" between sections
    for f in found:
        if f.paragraph > 0 and not _title_case(blocks[f.paragraph].text):
            break  # headlines come first
        if f.speaker is not None and (f.mention is None or f.mention.kind != "description"):
            continue
        words = WORD.findall(f.text.lower())
        if len(words) < _ECHO_MIN_WORDS:
            continue
        if _echo(f, found):
            continue
        if f.speaker is None:
            _headline_role_speaker(f, blocks[f.paragraph].text, registry, body)


def _echo(f: Found, found: list[Found]) -> bool:
    """``f`` takes the speaker of the same words quoted later in the body, if any."""
    words = WORD.findall(f.text.lower())
    echo = next(
        (g for g in found if g.paragraph > f.paragraph and g.speaker is not None and not _is_title(g.text) and WORD.findall(g.text.lower()) == words),
        None,
    )
    if echo is not None:
        f.mention, f.speaker, f.kind, f.verb = echo.mention, echo.speaker, echo.kind, echo.verb
    return echo is not None


def _headline_role_speaker(f: Found, headline: str, registry: NameRegistry, body: str) -> None:
    """"CNN President On Trump: ‘…’" before "CNN President Jeff Zucker …", "Mayor: ‘…’": the one
    person the body introduces with the headline's role (two such people: say nothing)."""
    if f.mention is not None and f.mention.kind == "pronoun":
        return
    role = f.mention.text if f.mention is not None else opening_label(headline)
    if not role:
        return
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
    after_headline = body.find(headline) + len(headline)
    person = registry.resolve_title("the " + role, len(body), start=after_headline)
    if person is not None and person is not AMBIGUOUS:
        f.mention, f.speaker, f.kind = f.mention or Mention("description", role), person, "person"


#: Fewer words than this quoted in a headline may be anyone's stock phrase ("Absolutely Wrong").
_ECHO_MIN_WORDS = 4


def _blank_quotes(body: str, found: list[Found]) -> str:
    """The body with quoted words blanked: a "she" inside a quote says nothing of its speaker."""
    parts, at = [], 0
    for f in found:
        parts += [body[at : f.start], " " * len(f.text)]
        at = f.start + len(f.text)
    return "".join([*parts, body[at:]])


def find_quotes_detailed(
    blocks: Sequence[Block], *, options: BriefingOptions
) -> list[tuple[Quote, str | None]]:
    """Quotes in text order with the raw speaker mention each was attributed from."""
    written = "\n\n".join(b.text for b in blocks)
    nicknames: list[Nickname] = []
    if any(mark in written for mark in "“\"‘'"):
        unmarked = []
        for block in blocks:  # 'Robert “Bobby” Scott said': a name, no quote (offsets kept)
            text, found_here = unmark_nicknames(block.text)
            nicknames += found_here
            unmarked.append(block if not found_here else Block(kind=block.kind, text=text))
        blocks = unmarked
    body, found = _collect(blocks)
    if not found:
        return []
    registry = NameRegistry(body, [(f.start - 1, f.start + len(f.text) + 1) for f in found])
    masks = _attribute(blocks, body, found, registry)
    if options.parse_fallback:
        _parse_speakers(blocks, found, options)
    for f in found:
        if f.mention is not None and f.mention.kind == "name" and registry.is_proper_name(f.mention.text, f.start):
            registry.add_person(registry.fullest(f.mention.text, f.start + 1))
    registry.learn_genders(_blank_quotes(body, found))
    _resolve_speakers(blocks, found, masks, registry)
    _echo_headline_speakers(blocks, found, registry, body)
    quotes: list[Quote] = []
    mentions: list[str | None] = []
    for f in found:
        par = blocks[f.paragraph].text
        words = len(WORD.findall(f.text))
        before = par[max(0, f.span.mark_start - 2) : f.span.mark_start]
        embedded = bool(re.search(r"[a-z]\s?$", before))  # 'was "playing with fire"'
        if _is_title(f.text) and f.mention is None:
            continue  # titles of works, slogans, nicknames
        # Scare quote: shorter than the option, or a fragment woven into the sentence right after
        # a lower-case word ('was "playing with fire"') shorter than twice the option.
        scare = words < options.scare_quote_max_words or (
            embedded and not f.continues and words < 2 * options.scare_quote_max_words
        )
        if nicknames:
            f.text = written[f.start : f.start + len(f.text)]  # a nickname quoted inside the quote keeps its marks
            f.speaker = mark_nicknames(f.speaker, nicknames) if f.speaker else f.speaker
        quotes.append(
            Quote(
                text=f.text,
                speaker=f.speaker,
                speaker_kind=f.kind,
                speaker_mention=mark_nicknames(f.mention.text, nicknames) if f.mention is not None and f.speaker else None,
                verb=f.verb,
                scare=scare,
                paragraph=f.paragraph,
            )
        )
        mentions.append(mark_nicknames(f.mention.text, nicknames) if f.mention else None)
    return list(zip(pick_key_quotes(quotes, options), mentions, strict=True))


def find_quotes(blocks: Sequence[Block], *, options: BriefingOptions) -> list[Quote]:
    """Every quote of the body in text order; up to ``options.max_quotes`` flagged ``key``.

    Never raises: a failure on odd input yields no quotes rather than a broken briefing.
    """
    try:
        return [q for q, _ in find_quotes_detailed(blocks, options=options)]
    except Exception:
        return []
