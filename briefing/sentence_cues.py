"""The quote's own sentence, for ``quote_attribution``: what the words before the quote say
once no cue after it (nor a judge or signature) named the speaker.

In order: the previous quote's cue going on, an owner of the quoted words, a round-up entry's label,
the attribution clause before the quote (``attribution.head_attribution``) or a participle opening
the sentence, the sentence right before that speaks; and, late, after the paragraphs around and a
heading found nobody, a possessive introduction, "in Kell's words", a colon's subject, the
sentence's closing source and the paragraph fallbacks.
"""

from __future__ import annotations

import re

from .attribution import head_attribution
from .closing_attribution import closing_attribution
from .colon_intros import colon_subject, dash_label_subject, participle_of_either
from .cueless_quotes import fallback_speaker, introducing_paragraph
from .document_attribution import document_in_set_off_clause
from .entry_labels import signature_before_next
from .fronted_clauses import fronted_clause
from .judging_frames import faulted_for
from .masked_sentences import closed_sentence, first_sentence, last_sentence, split_masked
from .mention import Mention
from .not_speech import title_cased
from .opening_sources import opening_source, poll_after
from .quote_fallbacks import gave_no_words, inverted_cue
from .quote_reading import Reading
from .sentence_cast import asking_verb, asks_a_person, two_named_subjects
from .sentence_subjects import leading_np
from .speaker_turns import (
    apposed_to,
    introduced_surname_at,
    main_speech_verbs,
    relative_cue_at_end,
    speaking_head,
)
from .speech_lexicon import SPEAKER_AFTER
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .word_owners import (
    claim_by_across_quote,
    claim_owner,
    owner_of_quoted_noun,
    possessive_introduction,
    possessive_introduction_with_gist,
    reaction_owner,
    reported_reaction,
    words_owner,
)

#: A coordinated clause with a subject of its own after the previous quote's attribution: ", and
#: her husband cut in", "; then the mayor added".
_NEW_SPEAKER_CLAUSE = re.compile(r"[,;]\s+(?:and|but|then|while)\s+(?:his|her|their|the|a|an|[A-Z])")
#: The same clause introducing the next quote with a colon: ", and Reyes shook his head:", ",
#: before Reyes cut her off:" (group "clause": from its subject to the colon).
_COLON_TURN = re.compile(
    r"[,;]\s+(?:and|but|then|while|before|until|when)\s+(?P<clause>(?:his|her|their|the|a|an|[A-Z])[^,;:]*):\s*$"
)


#: Participles that go on with the turn of the speaker just named ('"A," said Kell as the crowd
#: cheered, adding: "B"').
_TURN_GOING_ON = frozenset({"adding", "continuing"})


#: A sentence opening on a participle of saying, the quote its object or inside it ("Declaring ",
#: "Calling the plan ", "Warning that "), maybe after a preposition ("After suggesting on Wednesday
#: “…”, Rubio only rarely disagreed", "By calling the plan “…”").
_SAYING_OPENER = re.compile(rf"\s*(?:(?:After|Before|Since|Despite|By|While|Upon|In|Without)\s+)?(?:{SPEECH_VERB.pattern})(?<=ing)(?:\s+[\w’'-]+){{0,12}}?\s*[,:]?\s*$")
#: Adverbs and a day between the main clause's subject and its verb ("Franken again apologized",
#: "Mayor Lena Ford later defended", "Kell on Tuesday vetoed").
_ADVERBS_BEFORE_VERB = re.compile(
    r"\s*(?:(?:again|also|later|then|once\s+again|once\s+more|still|finally|soon|swiftly|nonetheless|nevertheless|instead|[a-z]+ly|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)*"
)


def _participle_opener_subject(sentence: str, inner: str, tail: str) -> Mention | None:
    """The subject of the main clause after a sentence-opening participle of saying: 'Declaring
    “…” is at stake, Defense Secretary Robert Gates ordered a review', 'Calling the plan “…,” Mayor
    Dana Kirby vetoed it'. A name, a he or she, or a person's description, with a verb after it."""
    if not _SAYING_OPENER.fullmatch(sentence) or not sentence.strip()[:1].isupper():
        return None
    clause = first_sentence(tail)
    if not inner.rstrip().endswith(","):
        comma = clause.find(", ")
        if comma < 0:
            return None
        clause = clause[comma + 1 :]
    subject = leading_np(clause)
    if subject is None or not (subject.kind == "name" or subject.is_he_or_she or speaking_head(subject)):
        return None
    rest = clause[clause.find(subject.text) + len(subject.text) :] if subject.text in clause else ""
    rest = rest.lstrip(" ,")
    adverbs = _ADVERBS_BEFORE_VERB.match(rest)
    return subject if LEADING_VERB.match(" " + rest[adverbs.end() if adverbs else 0 :]) else None


def read_sentence_cue(r: Reading) -> bool:
    """The quote's own sentence, when no cue around the quote named its speaker: the previous
    quote's cue going on ('"A," said X, a member of …, told POLITICO. "B."') or a colon clause with
    a subject of its own; an owner of the quoted words or claim; the label of a round-up's entry
    (returns True when the label names no one: the quote is finished, nobody's); else the
    attribution clause before the quote (``head_attribution``). Fixes ``f.from_tail``,
    ``r.tail_verb``, ``r.between`` and ``r.continued`` for the stages after."""
    f = r.f
    f.from_tail = r.mention is not None and r.judge is None  # a judge is read before the quote
    r.tail_verb = r.verb
    r.between = r.masked[r.prv : f.span.mark_start]
    r.continued = (
        r.same_par_prev
        if r.mention is None
        and r.same_par_prev is not None
        and r.same_par_prev.from_tail
        and len(split_masked(r.between.strip())) == 1
        and r.entry is None  # '- Ann Weller: “A,” she said. - Tom Reyes: “B”': a new entry, B is not A's turn
        else None
    )
    turn = _COLON_TURN.search(r.between) if r.continued is not None else None
    if turn is not None:
        # '"A," Weller said, and Reyes shook his head: "B."': the colon's clause has a subject
        # of its own, who says B (or nobody we can name: never A's speaker by default)
        subject = leading_np(turn.group("clause") + " ")
        keep = subject is not None and (subject.kind in {"name", "pronoun"} or speaking_head(subject))
        r.mention, r.continued = (subject if keep else None), None
    if r.continued is not None and participle_of_either(r.between) not in {None, *_TURN_GOING_ON}:
        # '"A," said Tom Kell while Ann Roe frowned, saying: "B."': B's participle is Roe's or
        # Kell's, no turn of Kell's for sure, nor anyone else's ("adding" goes on with Kell's)
        f.mention, f.verb = None, None
        return True
    if r.continued is not None and main_speech_verbs(r.between) == 1 and not relative_cue_at_end(r.between):
        # '"A," said Rep. X, who suggested that … . "B."': B is X's, not the who-clause's (nor
        # when a clause set off after the cue has a finding of its own: '"A," he writes —
        # although the Ledger found that "B."', read below)
        if document_in_set_off_clause(r.between, 0) is None:
            r.mention, r.verb = r.continued.mention, r.continued.verb
    if r.mention is None and len(f.text.split()) > 1:
        # 'Trump mocked Clinton's “basket of deplorables” remark': the owner's words (not one
        # word, which may be the writer's epithet: 'Weller's “phony” statement')
        r.mention = owner_of_quoted_noun(r.head, r.masked[f.span.mark_end : r.nxt])
    if r.mention is None and r.between.strip():
        r.mention = claim_owner(last_sentence(r.between), r.inner)  # "Kell denied Ames's claim that the deal was “…”"
        if r.mention is None and r.same_par_prev is not None:
            r.mention = claim_by_across_quote(last_sentence(r.head))  # 'a claim by a member of a "ring" that he had “…”'
    if r.mention is None and f.span.closed:
        r.mention = faulted_for(last_sentence(r.head))  # 'The group criticized the board for creating “…”'
    if r.mention is None and r.entry is not None and not r.entry.clause:
        if r.entry.speaker is None:
            # '… [Twitter] Bottom line: “…”': a label that names no one opens the entry, whose
            # words no reader before or around it gives to anyone (not the run's first speaker)
            f.mention, f.verb = None, None
            return True
        r.mention = r.entry.speaker  # 'Here is how lawmakers reacted: - Ann Weller: “…” [Twitter] - Tom Reyes: “…”'
    if r.mention is None and (r.entry is None or r.entry.clause):
        prev_mention = r.same_par_prev.mention if r.same_par_prev else None
        # a clause opening a round-up's entry ('“A” [Twitter] Reyes tweets: “B”') is read alone,
        # without the previous entry's label and quote before it
        own_head = r.head[len(r.head) - r.entry.length :] if r.entry is not None else r.head
        own_head = bracketed_clause(own_head)  # 'When a host asked Dan Pike (Pike was blunt: “…”)'
        own_between = r.masked[max(r.prv, f.span.mark_start - len(own_head)) : f.span.mark_start]
        r.mention, r.verb = head_attribution(own_head, own_between, prev_mention, r.inner)
        if r.mention is None and r.verb is None and f.from_tail is False and r.tail_verb is not None:
            # '“…,” said Miami-Dade Police Detective Alvaro Zabaleta.': the tail's verb whose
            # subject we could not read still names someone, so the last speaker's turn is not
            # carried over to the quote (see ``own_verb``)
            r.verb = r.tail_verb
        if r.mention is None:
            # 'King says Ali “…”' after "Billie Jean King": a surname that is also a title
            # or a function word, which the speaker phrase reader drops on its own
            r.mention = introduced_surname_at(last_sentence(r.head), f.start, r.registry)
        if r.mention is None and f.span.closed:
            r.mention = _participle_opener_subject(last_sentence(r.head), r.inner, r.masked[f.span.mark_end : r.nxt])
        if r.continued is not None and (
            not _NEW_SPEAKER_CLAUSE.search(r.between)
            if r.mention is None
            else apposed_to(r.continued, r.mention, r.between)
        ):
            # '"A," said Jim Bopp, a member of the committee, told POLITICO. "B."': a second
            # verb in A's attribution names nobody new, so B is still Bopp's (not so after
            # '"A," Ebeling said, and her husband cut in. "B."')
            r.mention, r.verb = r.continued.mention, r.continued.verb
    return False


#: A bracket left open before the quote, then a capital, up to a colon: an aside written as a
#: sentence of its own that introduces the quote.
_OPEN_BRACKET_CLAUSE = re.compile(r"\(\s*(?=[A-Z])[^()]*:\s*$")


def bracketed_clause(head: str) -> str:
    """The clause of an aside in brackets that introduces the quote with a colon ("When a host
    asked Dan Pike about it (Pike took umbrage: “…”)"): the aside, a sentence of its own, is read
    alone, never the verb outside the brackets ("asked", whose subject did not say the words).
    Else ``head`` (an aside running into the quote is read with its sentence: "(Tom Kell won,
    although Ann Roe won the spin by declaring herself the “…”)")."""
    opened = _OPEN_BRACKET_CLAUSE.search(head) if "(" in head else None
    return head[opened.start() + 1 :] if opened is not None else head


def read_sentence_before(r: Reading) -> None:
    """A quote opening a sentence of its own right after one that speaks ('Her friend Brittany
    Lockwood chimed in. "…"'): that sentence's speaker, or a reaction's owner, unless two named
    subjects or an asking verb put to a person make it no one's for sure."""
    f = r.f
    head = r.masked[r.prv : f.span.mark_start]
    own = last_sentence(head)
    whole = last_sentence(r.masked[: f.span.mark_start]) if own.strip() and r.ended else ""
    if whole and fronted_clause(whole):
        # 'Roe says so. Just because the “taste” was found first, “that doesn't mean …”': the
        # quote is its sentence's main clause, as a sentence of its own would be; read from the
        # last quote before the clause
        cut = f.span.mark_start - len(whole)
        start = max((g.span.mark_end for g in r.siblings if g.span.mark_end <= cut), default=0)
        head = r.masked[start:cut]
        own = "" if head.strip() else own
    if r.mention is None and not (f.from_tail or r.tail_verb is not None) and not r.at_start and not own.strip():
        # 'Her friend Brittany Lockwood chimed in. "I did not think ..."' (not when the quote has a
        # cue of its own after it that named nobody: '"…," goes an old saying', '"…," they were told')
        said = last_sentence(head.rstrip(" .!?") + " ")
        reacting = said.rstrip() + "."
        if reported_reaction(reacting):
            # 'The plan drew praise from Ann Pollard. “…”': the owner of the reaction (if one
            # speaker), never the subject read as the verb's of its noun ("praise")
            r.mention, r.verb = reaction_owner(reacting), None
        else:
            r.mention, r.verb = head_attribution(head.rstrip(" .!?"), "", None)
        if r.mention is None:
            r.mention, r.verb = inverted_cue(said)
        closer, closer_verb = closing_attribution(said.rstrip() + ".") if r.mention is not None else (None, None)
        if closer is not None and r.mention is not None and closer.kind == "name" and closer.text != r.mention.text and closer_verb == r.verb:
            # 'China will gain influence, says Qian. “…”': the inverted cue closing the sentence
            # names the speaker, not the subject of the words it reports (the same verb read
            # with the sentence's first subject)
            r.mention, r.verb = closer, closer_verb
        cue = SPEECH_VERB.search(said)
        if gave_no_words(said):
            r.mention, r.verb = None, None  # 'Kell didn't say it. “…”', 'Kell refused to elaborate. “…”': he gave no words
        elif cue is not None and two_named_subjects(said[: cue.start()]):
            r.mention, r.verb = None, None  # 'Mayor Tim Hale and Gov. Rosa Bell spoke. “…”': neither for sure
        elif r.mention is not None and asking_verb(r.verb) and not f.text.rstrip().endswith("?") and asks_a_person(said):
            # 'Ann Roe asked Tom Kell about the rift. “We are not speaking.”': the answer, his
            # (her words would be the question); the sentence names no one as saying it
            r.mention, r.verb = None, None


def read_late_cues(r: Reading) -> None:
    """Cues read only when the nearer ones found nobody: a possessive introduction ("Mayor Ken
    Dale’s answer: “…”"), "in Kell's words", a colon's subject, the sentence's source after the
    quote ("…, according to a poll") over a mere description, and the paragraphs around
    (``fallback_speaker``)."""
    f = r.f
    if r.mention is None:
        intro = last_sentence(r.between) if r.between.strip() else r.masks.get(introducing_paragraph(r.blocks, r.masks, f.paragraph)) or ""
        if not intro.strip() and r.between.rstrip().endswith((".", "!", "?")):
            # the sentence just closed: "Mayor Lena Ford's message was blunt. “…”", "Roe's take? “…”"
            intro = closed_sentence(r.between).rstrip() + r.between.rstrip()[-1]
        r.mention = possessive_introduction(intro)  # "Mayor Ken Dale’s answer: “…”"
        if r.mention is None and r.same_par_prev is not None and r.between.strip() and len(split_masked(r.between.strip())) == 1:
            # 'His remarks about “lazy voters” in the state: “…”': a word quoted inside the
            # introduction; the whole sentence, its quote masked
            r.mention = possessive_introduction(last_sentence(r.head))
        if r.mention is None and intro.strip():
            # 'Her message now is simple: don't share prescriptions.' / '“…”': the words go on
            # with the gist the colon gave
            r.mention = possessive_introduction_with_gist(last_sentence(intro) or closed_sentence(intro.rstrip()) + intro.rstrip()[-1:])
    if r.mention is None and r.between.strip():
        r.mention = words_owner(last_sentence(r.between))  # "The plan failed because, in Kell's words, “…”"
    if r.mention is None and r.between.strip():
        r.mention = opening_source(last_sentence(r.between))  # "Under Missouri law, “…”", "For Ann Weller, “…”"
    if r.mention is None and r.between.strip():
        # "The board was conclusive in its findings:", "One voter on the tax plan —"
        r.mention = colon_subject(last_sentence(r.between)) or dash_label_subject(last_sentence(r.between))
    if r.mention is None and f.span.closed and not r.ended:
        r.mention = poll_after(r.masked[f.span.mark_end : r.nxt])  # "“…” in a new Fox News poll."
    if f.span.closed and not r.ended and (r.mention is None or r.mention.kind == "description" and not f.from_tail):
        # "The vast majority of Americans say they prefer “…”, according to a poll": the
        # sentence's source, when the subject before the quote was only a description (not
        # after words that end their sentence: '… her comment that, “….” The union will sit
        # out, Phil Smith told POLITICO' is the next sentence's)
        closing, closing_verb = closing_attribution(r.masked[f.span.mark_end :])
        if r.mention is None or closing_verb in SPEAKER_AFTER:
            r.mention, r.verb = (closing, closing_verb) if closing is not None else (r.mention, r.verb)
    if r.mention is None and not title_cased(f.text) and (r.same_par_prev is None or signature_before_next(r.between, r.body) is None):
        # (not the name signing the quote before: '“A” — Ann Weller [Twitter] “B”')
        r.mention, r.verb = fallback_speaker(r.blocks, r.masks, f, r.between, r.same_par_prev, r.registry)
