"""Carrying a turn's speaker, for ``quote_attribution``: a quote with no cue of its own
that goes on with the last speaker's turn ('"A," he said. "B."', '“…,” Miller said.' / '“…”').

Each rule says when a turn carries over and, first, when it does not: a newcomer, a question put
to someone else, a report of someone else's words, a run its paragraph introduced but we could not
name. ``attribute_quotes`` calls them at four points of its order, each after the readings
that may name a speaker of the quote's own; the last, ``carry_through_narration``, takes an
interview piece's first-person words on past narration about its one speaker.
"""

from __future__ import annotations

import re

from .closing_attribution import closing_attribution
from .cueless_quotes import next_quote_agrees, previous_paragraph_span, speaking_for_self
from .found_quotes import Found
from .masked_sentences import WORD, closed_sentence, last_sentence, sentence_starts
from .not_speech import title_cased
from .paragraph_fallbacks import continues_previous_paragraph, stage_direction
from .quote_reading import Reading
from .sentence_cast import brings_in_people, opens_on_others
from .speaker_turns import (
    answers_question_put,
    asked_listener,
    asked_of_someone,
    asker_again,
    caption_like,
    narrates_the_speaker,
    newcomer_subject,
    other_party,
    plain_paragraph,
    reports_someone_else,
    same_person,
)
from .speech_verbs import SPEECH_VERB
from .tail_cues import DASH_ONLY

#: The speaker's own voice: "I", "me", "my" (not "we": a firm or a team says that too).
_FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w’'-])(?:I|[Mm]e|[Mm]y|[Mm]yself|[Mm]ine)(?![\w-])")

#: A dash opening an aside ('“A” – at which point the crowd chanted “B!” – “and C.”').
_DASH_OPENS = re.compile(r"[,\s]*(?:[—–]|--?\s)")


def carry_within_paragraph(r: Reading) -> None:
    """The turn of the previous quote in the same paragraph carried over ('"A," he said. "B."'),
    unless a newcomer or others open the words between; and a quote resuming after a dashed aside
    ('“A” – at which point the crowd chanted “B!” – “and C.”')."""
    f = r.f
    if (
        r.mention is None
        and r.same_par_prev is not None
        and not last_sentence(r.masked[r.prv : f.span.mark_start]).strip()
    ):
        r.mention, r.verb = r.same_par_prev.mention, r.same_par_prev.verb  # "A," he said. "B."
        newcomer = newcomer_subject(f, r.head, r.masked[f.span.mark_end :], r.between, r.same_par_prev, r.registry) if r.mention else None
        if newcomer is not None:
            r.mention, r.verb = newcomer, None  # '"A," Weller said. Reyes nodded. "B."': Reyes's
        elif opens_on_others(closed_sentence(r.between)):
            r.mention, r.verb = None, None  # '"A," Weller said. Not everyone agreed. "B."': whose?
    if r.mention is None and r.i >= 2 and DASH_ONLY.fullmatch(r.between) and _DASH_OPENS.match(
        r.masked[r.siblings[r.i - 2].span.mark_end : r.siblings[r.i - 1].span.mark_start]
    ):
        # '“A” – at which point the crowd chanted “B!” – “and C.”': C resumes A after the aside
        r.mention, r.verb = r.siblings[r.i - 2].mention, r.siblings[r.i - 2].verb


def carry_last_turn(r: Reading) -> None:
    """The last speaker's turn carried to a bare quote opening its paragraph, in order: not when
    the quote's sentence ends on a source of its own or a run its paragraph introduced goes
    unnamed; the other party or the asker again in an exchange of questions; else the last
    speaker, when nothing between reports someone else or puts a question. Then the one a
    question was put to, answering it."""
    f = r.f
    if r.mention is None and r.at_start and r.last is not None and not r.own_verb:
        # not when the quote has a speech verb of its own whose subject we could not read
        # ('"…," this source told the Post.'): that verb names someone else
        closes = not r.ended and f.span.closed and closing_attribution(r.masked[f.span.mark_end :])[0] is not None
        opened = r.found[r.fi - 1] if r.fi and f.continues else None
        if (
            opened is not None
            and opened.mention is None
            and opened.paragraph == f.paragraph - 1
            and not opened.span.closed
            and (
                WORD.search(r.masks[opened.paragraph][: opened.span.mark_start])
                or id(opened) in r.unnamed_runs
                or _names_someone_else(r, opened)
            )
        ):
            # '… the family issued an update, which reads: “A.' / '“B.”': the run's words are
            # those its own paragraph introduces, which we could not name; not the speaker of a
            # quote before the run (a run opening its paragraph bare may still be theirs, unless
            # the narration before it names someone else: 'Lee won in two hours.' / '“A.' /
            # '“B.”' after Ray's quotes is Lee's run, not Ray's)
            closes = True
            r.unnamed_runs.add(id(f))
        other = other_party(r.found, r.fi, f, r.last, r.masks) if not closes and not f.continues and not WORD.search(r.masked) else None
        if other is None and not closes and not f.continues and not WORD.search(r.masked):
            # '“…?” Bonham asked.' / '“No,” she replied.' / '“So why do you …?”': the asker's turn again
            other = asker_again(r.found, r.fi, f, r.last)
        if other is not None:
            # '“…,” Vega said.' / '“But there is a risk,” Ramsey said. “Do you deny that?”' / '“…”':
            # the bare answer to a question put to the one who spoke just before is theirs
            r.mention, r.verb = other.mention, None
        elif not closes and (
            f.continues
            or r.last.paragraph == f.paragraph - 1
            and not asked_of_someone(r.last, r.masks)
            and not reports_someone_else(r.last, r.masks, r.registry)
            # 'A reporter asked: “Will you resign?”' / '“Not today.”': the answer, not the asker's
            and not answers_question_put(r.last, f)
        ):
            # not when the quote's own sentence ends on its source after a later quote: '“A,”
            # Powell “B,” the passage continued.' (read below by ``closing_attribution``)
            r.mention, r.verb = r.last.mention, r.last.verb
    if (
        r.mention is None
        and r.at_start
        and r.last is not None
        and not r.own_verb
        and not f.continues
        and r.last.paragraph == f.paragraph - 1
        and not WORD.search(r.masked)
        and not f.text.rstrip(" ”\"’").endswith("?")
    ):
        # '“Will you run again?” a reporter asked Ann Weller.' / '“Not this year.”': the answer
        # is the one asked's (not when the next paragraph opens on someone else's quote)
        listener = asked_listener(r.last, r.masks, r.registry)
        if listener is not None and next_quote_agrees(r.blocks, r.masks, r.registry, f, listener, any_kind=True):
            r.mention, r.verb = listener, None


def carry_into_bare_quote(r: Reading) -> None:
    """The last resorts for a bare quote: the last speaker's turn going on through a paragraph
    that continues it, a stage direction or a narrative paragraph about them, or a person the
    paragraph before introduces speaking for themselves."""
    f = r.f
    if (
        r.mention is None
        and not r.stamped
        and not title_cased(f.text)
        and r.last is not None
        and r.last.paragraph == f.paragraph - 1
        and not asked_of_someone(r.last, r.masks)
        and not answers_question_put(r.last, f)
    ):
        if continues_previous_paragraph(r.masked):  # 'Then, on the radio the next morning: “…”'
            r.mention, r.verb = r.last.mention, r.last.verb
    if (
        r.mention is None
        and r.at_start
        and not WORD.search(r.masked)
        and not title_cased(f.text)
        and r.last is not None
        and r.last.paragraph == f.paragraph - 2
        # a photo caption left between the two reads as a heading, but opens no new section
        and (r.blocks[f.paragraph - 1].kind == "paragraph" or caption_like(r.masks[f.paragraph - 1]))
        and not asked_of_someone(r.last, r.masks)
    ):
        # a bare quote one narrative paragraph after the last quote
        if same_person(stage_direction(r.masks[f.paragraph - 1]), r.last, r.registry, f.start):
            r.mention, r.verb = r.last.mention, r.last.verb  # '“…,” Miller said.' / 'She pauses.' / '“…”'
        elif not r.last.text.rstrip().endswith("?") and not reports_someone_else(r.last, r.masks, r.registry):
            # '“…,” she said.' / 'Still, even with her pension, Kowal lost a third of her
            # income.' / '“…”': a paragraph about the speaker (or naming nobody) goes on with
            # their turn; the pronoun is read where the last quote's was, so it stays the same
            # person
            previous_start, previous_end = previous_paragraph_span(r.blocks, f)
            if narrates_the_speaker(r.masks[f.paragraph - 1], r.last, r.registry, previous_start, previous_end):
                _take_turn_of(r, r.last)
            elif _interviewers_question(r):
                _take_turn_of(r, r.last)  # '“…,” says Kell.' / 'Is the plan working?' / '“…”': Kell answers
    if (
        r.mention is None
        and r.at_start
        and not WORD.search(r.masked)
        and not title_cased(f.text)
        and not f.continues
        and plain_paragraph(r.blocks, f.paragraph - 1)
        and not r.stamped
        and (r.last is None or r.last.paragraph < f.paragraph - 2)  # '“…,” said Abend.' / 'His neighbour, Gus Tiller, …' / '“…”': either
    ):
        introduced = speaking_for_self(r.blocks, r.masks, r.registry, f)
        if introduced is not None:
            r.mention, r.verb = introduced, None


def carry_through_narration(r: Reading) -> None:
    """The last speaker's first-person words going on after a stretch of narration about them, in
    the paragraph or across its break ('“…,” Kell said.' / 'Kell joined the club in 2001. “I never
    thought …”'). Only when the narration brings in nobody else (``narrates_the_speaker``: no
    quote, question or speech verb, no other name, pronoun or group) and the quote is in the
    first person singular and opens its sentence: '“…,” Kell said. His coach, Ann Doyle, agrees.
    “I …”', a firm's "we" or a scare quote stay without a speaker."""
    f, last = r.f, r.last
    if (
        r.mention is not None
        or last is None
        or last.mention is None
        or r.stamped
        or f.continues
        or title_cased(f.text)
        or not _FIRST_PERSON_SINGULAR.search(f.text)
        or f.text.rstrip(" ”\"’").endswith("?")  # a question may be put to the speaker
        or last.paragraph not in (f.paragraph, f.paragraph - 1)
        or asked_of_someone(last, r.masks)
        or reports_someone_else(last, r.masks, r.registry)
    ):
        return
    start = f.start - f.span.start  # where the quote's paragraph stands in the body
    head = r.masked[: f.span.mark_start]
    last_start = last.start - last.span.start + last.span.mark_end  # the body offset after the last quote
    same = last.paragraph == f.paragraph
    tail = head[last.span.mark_end :] if same else r.masks[last.paragraph][last.span.mark_end :]
    cuts = sentence_starts(tail)
    cut = cuts[0] if cuts else len(tail)
    if SPEECH_VERB.search(tail[:cut]):
        # the last quote's own cue ('“…,” Kell said.' / 'told Ann Doyle.'): not narration, but
        # one naming someone else may hand the turn to them
        if r.registry.names_between(last_start, last_start + cut) - {_own_name(last, r)} or brings_in_people(tail[:cut]):
            return
        tail, last_start = tail[cut:], last_start + cut
    narration = tail if same else f"{tail} {head}"
    if not narration.strip() or not head.rstrip().endswith((".", "!")):
        # a quote opening its paragraph right after the last is ``carry_last_turn``'s; one the
        # sentence leads into ('watch his talk, “I hear colour.”', 'a dark look: “I …”') is not
        # the narration going on
        return
    if narrates_the_speaker(narration, last, r.registry, last_start, start + f.span.mark_start):
        _take_turn_of(r, last)


def _interviewers_question(r: Reading) -> bool:
    """The paragraph between the last quote and a bare one is the interviewer's turn alone, one
    sentence with no quote: a question, the writer saying something ("But you wrote it for him, I
    say.") or words put to "you" ('“…,” says Kell.' / 'Is the plan working?' / '“…”'), in a
    piece whose writer puts questions to someone in the first person before ("I ask", "I say",
    "I suggest", outside quotes): the bare quote is the answer of the person who answered last, a
    person named or a he or she. Not after a quote that is itself a question, nor in a thread of
    comments, whose writers ask no one in the narration."""
    f, last = r.f, r.last
    if last is None or last.mention is None or not (last.mention.kind == "name" or last.mention.is_he_or_she):
        return False
    line = r.masks[f.paragraph - 1].strip()
    if last.text.rstrip(" ”\"’").endswith("?") or not _LINE_ALONE.fullmatch(line):
        return False
    if not (line.endswith("?") or _WRITER_SAYS.search(line) or _ADDRESSED.search(line)):
        return False  # a line of narration, no turn of the interviewer's
    return any(_WRITER_ASKS.search(r.masks[p]) for p in range(f.paragraph - 1))


#: A paragraph of one sentence and no quote: "Is the plan working?", "But you wrote it for him, I say."
_LINE_ALONE = re.compile(r"[A-Z][^.!?“”\"‘\n]{4,200}[.?]")  # (’ an apostrophe: "you’ve")
#: The writer's own turn of an exchange: ", I say", "I suggest", or words addressed to "you".
_WRITER_SAYS = re.compile(r"(?:^|,\s+)I\s+(?:say|said|ask|asked|suggest|suggested|point\s+out|add|added|reply|replied|tell\s+him|tell\s+her)\b")
_ADDRESSED = re.compile(r"(?<![\w’'-])you(?![\w-])", re.IGNORECASE)
#: The writer putting a question or a point to someone, outside quotes: "I ask", "I say".
_WRITER_ASKS = re.compile(r"(?<![\w’'-])I\s+(?:ask|asked|say|said|suggest|suggested|put\s+it\s+to|press|pressed|wonder|wondered)(?![\w’'-])")


def _take_turn_of(r: Reading, last: Found) -> None:
    """The quote goes on with ``last``'s turn past narration: its speaker and verb, and a pronoun
    read where the last quote's was, so it stays the same person."""
    r.mention, r.verb = last.mention, last.verb
    if r.mention is not None and r.mention.kind == "pronoun":
        r.f.mentioned_at = last.mentioned_at if last.mentioned_at is not None else last.start


def _names_someone_else(r: Reading, opened: Found) -> bool:
    """The paragraphs between the last speaker's quote and a bare run opening ``opened`` (which
    no turn carried to) name a person other than that speaker: the run may be the newcomer's
    ('“…,” said Ray.' / 'Lee won in two hours.' / '“A.' / '“B.”'). For a speaker read from a
    pronoun or a description, whose name we do not know yet, two people named."""
    last = r.last
    if last is None or last.paragraph >= opened.paragraph:
        return False
    start = last.start - last.span.start + last.span.mark_end
    end = opened.start - opened.span.start + opened.span.mark_start
    names = {
        n
        for n in r.registry.names_between(start, end)
        if r.registry.is_proper_name(n, start, strict=True) and not r.registry.is_place(n)
    }
    own = _own_name(last, r)
    if own is not None:
        return any(n.split()[-1] != own.split()[-1] for n in names)
    # two people: names the body gives a role or a pronoun, or opening on a given name (not "the
    # Middle East" beside the "he" who spoke)
    return sum(n in r.registry.persons or r.registry.gender_of(n) is not None for n in names) > 1


def _own_name(last: Found, r: Reading) -> str | None:
    """The fullest form of the last speaker's name (None for a pronoun or a description)."""
    if last.mention is None or last.mention.kind != "name":
        return None
    return r.registry.fullest(last.mention.text, last.start + 1, ahead=True)

