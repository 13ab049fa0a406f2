"""Attributing each quote of a body from its own sentence first, then from what stands around it,
for ``quotes.find_quotes_detailed``.

A quote's cue is read where a reader looks for it: a transcript's label, the attribution clause
before the quote (``attribution``) or after it (``tail_attribution``), a colon introduction, a
signature, then the paragraphs around it (``cueless_quotes``); tests on the words around the quote
overrule a cue that is not the speaker's (``cue_vetoes``), and the quotes of one speaker's turn
carry that speaker over (``speaker_turns``). ``attribute_quotes`` sets each ``Found``'s raw
mention and verb; resolving them to people is ``speaker_resolution``'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution import head_attribution, quote_in_subordinate_clause
from .closing_attribution import closing_attribution
from .colon_intros import (
    colon_introduction,
    colon_speaker,
    colon_subject,
    dash_speaker,
    handed_the_word,
)
from .cue_vetoes import (
    cited_in_turn,
    cue_then_run_on,
    cues_someone_else,
    example_of_a_group,
    first_person_cue,
    first_person_predicate,
    introduced_before,
    names_no_words,
    not_the_narrators_verb,
    subject_after_opener,
    subordinate_subject_cue,
    thing_relative_cue,
)
from .cueless_quotes import (
    fallback_speaker,
    introducing_paragraph,
    next_quote_agrees,
    previous_paragraph_span,
    speaking_for_self,
)
from .entry_labels import entry_label, signature_before_next
from .found_quotes import Found, Masks
from .heading_labels import heading_label, heading_sentence
from .judging_frames import faulted_for, judging_frame, judging_with_object
from .masked_sentences import (
    WORD,
    closed_sentence,
    first_sentence,
    last_sentence,
    split_masked,
)
from .masking import ABBREVIATION_DOT, opens_new_entry, restore
from .mention import Mention
from .models import Block
from .names import NameRegistry
from .not_speech import (
    listed_titles,
    quote_as_noun_phrase,
    title_before_own_content,
    title_cased,
)
from .paragraph_fallbacks import (
    continues_previous_paragraph,
    introduced_in_previous,
    stage_direction,
)
from .points_back import points_back_source
from .quote_collection import can_sign
from .quote_fallbacks import inverted_cue
from .quote_signatures import POST_LINK, signed_after
from .relative_clauses import who_antecedent
from .reporter_cues import speaker_before_reporter
from .sentence_cast import asking_verb, asks_a_person, opens_on_others, two_named_subjects
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speaker_kinds import names_organisation
from .speaker_labels import (
    ACRONYM_LETTERS,
    header_name_line,
    interviewee,
    is_speaker_label,
    label_line,
    label_mention,
    name_line,
    opening_label,
    qa_turn,
    turn_label,
    written_otherwise,
)
from .speaker_turns import (
    answers_question_put,
    apposed_to,
    asked_listener,
    asked_of_someone,
    asker_again,
    caption_like,
    introduced_surname_at,
    main_speech_verbs,
    narrates_the_speaker,
    newcomer_subject,
    other_party,
    plain_paragraph,
    relative_cue_at_end,
    reports_someone_else,
    same_person,
    speaking_head,
    verbless_frame,
)
from .speech_lexicon import SPEAKER_AFTER
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .tail_attribution import attribution_after_question, introduces_next_quote, tail_attribution
from .word_owners import (
    claim_by_across_quote,
    claim_owner,
    owned_post_before,
    owner_of_quoted_noun,
    possessive_introduction,
    possessive_introduction_with_gist,
    reaction_owner,
    reported_reaction,
    words_owner,
)
from .wordlists import is_common_word

#: A post's links as an embed leaves them after its text ("pic.twitter.com/aB3cDe",
#: "https://t.co/Zx12Ab"): no words of the paragraph, nor a paragraph of words between the post
#: and its sign-off.
_POST_LINKS = re.compile(POST_LINK)
#: An age set off after a name ("Ines Corrow, 41, farmer").
_AGE_AFTER_NAME = re.compile(r"^[^,]{3,60},\s*\d{1,3}\s*(?:,|$)")
#: Words that are all inside brackets or parentheses: a transcript's stage direction.
_BRACKETED_ONLY = re.compile(r"\s*(?:\[[^\]]*\]|\([^)]*\))\s*[.,]?\s*")
#: First-person subjects: in a transcript's turn, the label's speaker.
_FIRST_PERSON = frozenset({"i", "we"})


#: Context read before a quote for its attribution; longer than any real sentence.
_HEAD_CHARS = 800
#: A fronted phrase that may name the holder of the view the clause gives ("To Ana Weller,", "In
#: Weller's view,", "For the mayor,").
_HOLDER_FRAME = re.compile(r"\s*(?:To|For|In)\s+[^,;:.]{2,80},")
#: What sets the words before a quote off as a clause of their own ('Reyes was blunt: “…,” he
#: said'), or a quote already in them.
_CLAUSE_BREAK = re.compile(r"[:;“”\"·]")


#: Longest quote (in words) that may sit inside the attribution clause of the quote before it.
_INSIDE_ATTRIBUTION_WORDS = 3


#: A comma and a lower-case word after a quote: a predicate going on, or a cue ("he said").
_LOWER_AFTER = re.compile(r"\s*,\s+([a-z][\w’']*)")
#: Lower-case words opening a cue after a quote, no predicate of a main clause.
_CUE_OPENERS = frozenset("he she they it we i you according and or but as".split())


def _main_predicate_after(tail: str) -> bool:
    """The words after a quote's closing mark go on with a main clause's predicate (", doesn't
    pretend that …", ", is expected to …"), not a cue of the quote (", he said", ", said Roe")."""
    after = _LOWER_AFTER.match(tail)
    return after is not None and after.group(1) not in _CUE_OPENERS and SPEECH_VERB.fullmatch(after.group(1)) is None


#: A "who" clause on a name still open at the quote, with no subject of its own ("…, Joe Conason,
#: who detailed “", "Ana Reyes, who may have to decide once again “").
#: A clause of its own inside it ("who sued after the department failed to respond “") ends the
#: relative's reach: a subordinator or a conjunction stops it.
_OPEN_WHO = re.compile(
    r",\s+who\s+(?:(?!(?:who|which|that|he|she|they|I|we|after|before|when|because|while|if|as|since|until|although|"
    r"though|unless|where|so|and|but|or)\s)[^,;:“”\"·—–()\s]+\s+){0,10}$"
)


#: A verb of saying and its "that" clause: what follows is someone's report.
_REPORTED_THAT = re.compile(rf"\b(?:{SPEECH_VERB.pattern})(?:\s+[\w’'-]+){{0,3}}?\s+that\s")


def _open_relative_speaker(sentence: str, mention: Mention) -> Mention | None:
    """The quote is the object of a relative clause's verb on a named person ('The Times cited a
    book by Joe Conason, who detailed “…”', 'a bind for Ana Reyes, who may have to decide “…”'):
    its words are that person's, not those of the main clause's subject or of anyone before."""
    relative = _OPEN_WHO.search(sentence)
    if relative is None or mention.kind == "pronoun" or _REPORTED_THAT.search(sentence, 0, relative.start()):
        return mention  # 'Foster points out that people from the West Indies, who were “…”': Foster's report
    antecedent = who_antecedent(sentence[: relative.start()])
    if antecedent is None or antecedent.kind != "name" or set(antecedent.text.split()) & set(mention.text.split()):
        return mention
    if names_organisation(antecedent.text.split()[-1]):
        return mention  # 'a lawsuit filed by a reporter of Vice News, who …': a body's name, maybe not the person
    return antecedent


def _pointed_back(blocks: Sequence[Block], masks: Masks, f: Found, head: str, inner: str, turn_before: bool) -> Mention | None:
    """The speaker named by the sentence after a quote that is a sentence of its own, pointing
    back at it (``points_back``): the rest of its paragraph, or the next paragraph when the quote
    ends its own. Not for a quote inside a sentence ("Roe called it “…”. Her remarks came …").
    After a paragraph with a quote (``turn_before``), a description there is the speaker of that
    quote described again ('“…,” District Attorney Ann Roe said. ¶ “…” ¶ The prosecutor was
    referring to …'): the turn carried over names her, the description would not."""
    if last_sentence(head).strip() or inner.rstrip()[-1:] not in {".", "!", "?"}:
        return None
    following = masks[f.paragraph][f.span.mark_end :]
    if not following.strip() and f.paragraph + 1 < len(blocks) and blocks[f.paragraph + 1].kind == "paragraph":
        following = masks[f.paragraph + 1]
    mention = points_back_source(following, question=inner.rstrip()[-1:] == "?")
    return None if mention is not None and mention.kind == "description" and turn_before else mention


#: A line that ends as a heading does, on a word (no stop, colon, comma or quote mark).
_CROSSHEAD_END = re.compile(r"[\w’')]\s*$")
#: The sentence going on after a quote in lower case ('Clinton’s stock answer — “…” — is likely to
#: be repeated'): the quote is inside a sentence, no heading's entry.
_SENTENCE_GOES_ON = re.compile(r"\s*(?:[—–,;]|--)?\s*[a-z]")
#: A possessive right before a quote mark: "REYES’S ‘LOSERS’ REMARK".
_POSSESSIVE_AT_END = re.compile(r"\w[’'][sS]?\s*$")
#: Most words of a scare quote inside a heading ("CLINTON’S ‘DEPLORABLES’ REMARK").
_SCARE_QUOTE_WORDS = 3


def _scare_quotes_only(before: list[Found]) -> bool:
    """The quotes before one in its paragraph are all a few words, set in its heading."""
    return all(len(q.text.split()) <= _SCARE_QUOTE_WORDS for q in before)


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


def attribute_quotes(blocks: Sequence[Block], body: str, found: list[Found], registry: NameRegistry) -> Masks:
    by_par: dict[int, list[Found]] = {}
    for f in found:
        by_par.setdefault(f.paragraph, []).append(f)
    masks = Masks(blocks, by_par)
    last: Found | None = None
    unnamed_runs: set[int] = set()  # parts of a run whose introduced speaker we could not name
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
        # a live blog's time stamp or an explainer's signpost is blanked like a dateline, but its
        # entry is no story's next paragraph: a lone quote there does not go on with the entry
        # before ('3:40 p.m.: “…”', 'Between the lines: “…”')
        stamped = opens_new_entry(blocks[f.paragraph].text)
        at_start = i == 0 and not masked[: f.span.mark_start].strip() and not stamped
        inner = blocks[f.paragraph].text[f.span.start : f.span.end].rstrip()
        # "... at 10 a.m.," continues; a quote inside the quote may close it ("… or we will come
        # after you.'”): its own closing mark stands after the stop
        last_char = inner.rstrip("'’").rstrip()[-1:]
        ended = last_char if last_char in {".", "!", "?"} else ""
        # a sentence is never longer than _HEAD_CHARS: keeps long paragraphs of quotes linear
        head = masked[max(0, f.span.mark_start - _HEAD_CHARS) : f.span.mark_start]
        # (also a comma inside a quote the quote closes: '“… he said, ‘never again,’” jokes Groene')
        utterance = inner.rstrip("'’")[-1:] in ",?!" or masked[f.span.mark_end : f.span.mark_end + 1] == ","
        # 'Here is how lawmakers reacted: - Ann Weller: “A” [Twitter] - Tom Reyes: “B”': the label of
        # a round-up's entry is its speaker, or nobody it names (never the one whose label opens
        # the run); read below, after the cues around the quote
        entry = entry_label(last_sentence(head), f.text, body)
        if entry is not None and entry.speaker is None and same_par_prev is not None and _scare_quotes_only(siblings[:i]) and (
            _POSSESSIVE_AT_END.search(masked[: same_par_prev.span.mark_start])
        ):
            entry = None  # 'REYES’S ‘LOSERS’ REMARK: “…”': the scare quote is the heading's, no entry ends there
        labelled_entry = entry is not None and entry.speaker is not None
        mention, verb = (
            tail_attribution(
                masked[f.span.mark_end : nxt],
                ended,
                utterance=utterance,
                title=title_cased(inner.rstrip(",")),
                opens_sentence=not last_sentence(head).strip(),
            )
            if f.span.closed
            else (None, None)
        )
        if mention is None and verb is None and f.span.closed and not ended and not last_sentence(head).strip():
            # '“…” of the child credit? Rubio said.': the question the quote opened is Rubio's
            mention, verb = attribution_after_question(masked[f.span.mark_end : nxt])
        if mention is not None and not utterance and introduces_next_quote(masked[f.span.mark_end : nxt]):
            mention, verb = None, None  # '- Ann Weller: “A” [Twitter] - Tom Reyes responds: “B”': B's introduction
        if mention is not None and _main_predicate_after(masked[f.span.mark_end : nxt]) and relative_cue_at_end(last_sentence(head)):
            # 'Raskin, who brags “…”, doesn't pretend that his campaign will continue': the quote
            # closes a relative clause on the sentence's subject, whose own predicate follows; no
            # cue of the quote's, whose speaker is the relative's antecedent (read before it)
            mention, verb = None, None
        if mention is None and verb is None and f.span.closed and at_start and i + 1 < len(siblings) and utterance:
            # '“The mayor did not write it,” a former clerk who saw the letter, “so someone else
            # did.”': the cue's verb left out, the phrase between the two halves is the speaker
            mention = verbless_frame(masked[f.span.mark_end : nxt], siblings[i + 1].text)
        if mention is not None and _DASH_ONLY.match(masked[f.span.mark_end : nxt]) and owned_post_before(head)[1] in {"—", "–", "-", "--"}:
            mention, verb = None, None  # 'Sen. Ali Shah's tweet — “…” — drew replies': the dashes set off the post
        if mention is None and verb is None and f.span.closed and not title_cased(f.text) and _short_quote_inside(siblings, i, masked):
            # '"…," Bill Eastland, wearing a "Ted Cruz" pin, said.': a name quoted inside the attribution
            mention, verb = tail_attribution(masked[f.span.mark_end : _after_next(siblings, i, masked)], ended)
            if mention is not None:
                inside_attribution.add(id(siblings[i + 1]))
        if mention is not None and not speaking_head(mention) and quote_as_noun_phrase(head, inner, masked[f.span.mark_end : nxt]):
            mention, verb = None, None  # '“The Crown” tells the story of …': the quote is the subject
        if mention is not None and title_before_own_content(inner, masked[f.span.mark_end : nxt]):
            mention, verb = None, None  # 'In “Kell's Warning Signs,” a new book, the author argues the …'
        if mention is not None and cue_then_run_on(head, inner, masked[f.span.mark_end : nxt]):
            mention, verb = None, None  # '… she angrily said, “…” about her record, Ames jabbed at Kell'
        if mention is not None and ended in {"?", "!", "."} and introduced_before(head, masked[f.span.mark_end : nxt]):
            # 'Park asked the mayor, “Where is the money?” Reeves replied, “…”', 'Trump attacked
            # Romney, calling him “a failed candidate.” Romney fired back in March.': after its own
            # cue, the quote ends the sentence; the capitalised clause is the next one's
            mention, verb = None, None
        if mention is not None and verb is not None and f.span.closed:
            # 'Kline told donors “…,” the Ledger reported': the tail names who reported the words;
            # the verb the quote completes names who said them
            own = speaker_before_reporter(head, masked[prv : f.span.mark_start], verb.lower())
            if own is not None:
                mention, verb = own
        if mention is None and verb is not None:
            mention = introduced_surname_at(masked[f.span.mark_end : nxt], f.start, registry)
        if mention is None and verb is None and same_par_prev is None and f.span.closed and not title_cased(f.text):
            # '“…” That is how Ann Roe put it.', '“…”' / 'He made the remarks at a rally.': the
            # sentence after names the speaker, before any earlier speaker's turn is carried over
            mention = _pointed_back(blocks, masks, f, head, inner, turn_before=f.paragraph - 1 in by_par)
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
        if mention is None and signer and can_sign(signer) and not labelled_entry:
            mention = head_of_segment(signer)
        if mention is None and f.span.closed and i + 1 == len(siblings) and not SPEECH_VERB.search(last_sentence(head)) and not labelled_entry:
            # '"…" — Governor Maria Lenz'; not the reporter's sign-off closing a news digest item
            # ('Rajoy said that he will "…" and insisted that "…"--Kim Hjelmgaard.')
            mention = signed_after(masked[f.span.mark_end :])
        if mention is None and f.span.closed and not labelled_entry and not SPEECH_VERB.search(last_sentence(head)):
            # '“A” — Ann Weller [Twitter] “B” — Tom Reyes [Facebook]': a signed list run into one paragraph
            mention = signature_before_next(masked[f.span.mark_end : nxt], body)

        if _BRACKETED_ONLY.fullmatch(f.text):
            # '“[applause]' / '“(CROSSTALK)' between a transcript's turns: a stage direction, said
            # by nobody, and the turn before does not run on through it
            f.mention, f.verb, f.labelled = None, None, True
            continue
        label = (opening_label(f.text) or qa_turn(f.text)) if mention is None and (at_start or f.continues) else None
        if label is not None:
            labelled = label_mention(label, f.paragraph, blocks, body)
            if label == "A":
                labelled = interviewee(blocks, f.paragraph)  # '“A: Not while I sit …' after 'We spoke with …'
            if labelled is None and at_start and not WORD.search(masked) and f.paragraph + 1 < len(blocks) and "(@" in masks[f.paragraph + 1]:
                # '“BREAKING: …”' / '— Ann Weller (@annweller) May 9, 2016': an embedded post opening on a
                # label word is still signed by its account
                labelled = signed_after(" " + masks[f.paragraph + 1])
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
            and entry is None  # '- Ann Weller: “A,” she said. - Tom Reyes: “B”': a new entry, B is not A's turn
            else None
        )
        turn = _COLON_TURN.search(between) if continued is not None else None
        if turn is not None:
            # '"A," Weller said, and Reyes shook his head: "B."': the colon's clause has a subject
            # of its own, who says B (or nobody we can name: never A's speaker by default)
            subject = leading_np(turn.group("clause") + " ")
            keep = subject is not None and (subject.kind in {"name", "pronoun"} or speaking_head(subject))
            mention, continued = (subject if keep else None), None
        if continued is not None and main_speech_verbs(between) == 1 and not relative_cue_at_end(between):
            # '"A," said Rep. X, who suggested that … . "B."': B is X's, not the who-clause's
            mention, verb = continued.mention, continued.verb
        if mention is None and len(f.text.split()) > 1:
            # 'Trump mocked Clinton's “basket of deplorables” remark': the owner's words (not one
            # word, which may be the writer's epithet: 'Weller's “phony” statement')
            mention = owner_of_quoted_noun(head, masked[f.span.mark_end : nxt])
        if mention is None and between.strip():
            mention = claim_owner(last_sentence(between), inner)  # "Kell denied Ames's claim that the deal was “…”"
            if mention is None and same_par_prev is not None:
                mention = claim_by_across_quote(last_sentence(head))  # 'a claim by a member of a "ring" that he had “…”'
        if mention is None and f.span.closed:
            mention = faulted_for(last_sentence(head))  # 'The group criticized the board for creating “…”'
        if mention is None and entry is not None and not entry.clause:
            if entry.speaker is None:
                # '… [Twitter] Bottom line: “…”': a label that names no one opens the entry, whose
                # words no reader before or around it gives to anyone (not the run's first speaker)
                f.mention, f.verb = None, None
                continue
            mention = entry.speaker  # 'Here is how lawmakers reacted: - Ann Weller: “…” [Twitter] - Tom Reyes: “…”'
        if mention is None and (entry is None or entry.clause):
            prev_mention = same_par_prev.mention if same_par_prev else None
            # a clause opening a round-up's entry ('“A” [Twitter] Reyes tweets: “B”') is read alone,
            # without the previous entry's label and quote before it
            own_head = head[len(head) - entry.length :] if entry is not None else head
            own_between = masked[max(prv, f.span.mark_start - len(own_head)) : f.span.mark_start]
            mention, verb = head_attribution(own_head, own_between, prev_mention, inner)
            if mention is None and verb is None and f.from_tail is False and tail_verb is not None:
                # '“…,” said Miami-Dade Police Detective Alvaro Zabaleta.': the tail's verb whose
                # subject we could not read still names someone, so the last speaker's turn is not
                # carried over to the quote (see ``own_verb``)
                verb = tail_verb
            if mention is None:
                # 'King says Ali “…”' after "Billie Jean King": a surname that is also a title
                # or a function word, which the speaker phrase reader drops on its own
                mention = introduced_surname_at(last_sentence(head), f.start, registry)
            if mention is None and f.span.closed:
                mention = _participle_opener_subject(last_sentence(head), inner, masked[f.span.mark_end : nxt])
            if continued is not None and (
                not _NEW_SPEAKER_CLAUSE.search(between)
                if mention is None
                else apposed_to(continued, mention, between)
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
            said = last_sentence(masked[prv : f.span.mark_start].rstrip(" .!?") + " ")
            reacting = said.rstrip() + "."
            if reported_reaction(reacting):
                # 'The plan drew praise from Ann Pollard. “…”': the owner of the reaction (if one
                # speaker), never the subject read as the verb's of its noun ("praise")
                mention, verb = reaction_owner(reacting), None
            else:
                mention, verb = head_attribution(masked[prv : f.span.mark_start].rstrip(" .!?"), "", None)
            if mention is None:
                mention, verb = inverted_cue(said)
            closer, closer_verb = closing_attribution(said.rstrip() + ".") if mention is not None else (None, None)
            if closer is not None and mention is not None and closer.kind == "name" and closer.text != mention.text and closer_verb == verb:
                # 'China will gain influence, says Qian. “…”': the inverted cue closing the sentence
                # names the speaker, not the subject of the words it reports (the same verb read
                # with the sentence's first subject)
                mention, verb = closer, closer_verb
            cue = SPEECH_VERB.search(said)
            if cue is not None and two_named_subjects(said[: cue.start()]):
                mention, verb = None, None  # 'Mayor Tim Hale and Gov. Rosa Bell spoke. “…”': neither for sure
            elif mention is not None and asking_verb(verb) and not f.text.rstrip().endswith("?") and asks_a_person(said):
                # 'Ann Roe asked Tom Kell about the rift. “We are not speaking.”': the answer, his
                # (her words would be the question); the sentence names no one as saying it
                mention, verb = None, None
        if (
            mention is None
            and same_par_prev is not None
            and not last_sentence(masked[prv : f.span.mark_start]).strip()
        ):
            mention, verb = same_par_prev.mention, same_par_prev.verb  # "A," he said. "B."
            newcomer = newcomer_subject(f, head, masked[f.span.mark_end :], between, same_par_prev, registry) if mention else None
            if newcomer is not None:
                mention, verb = newcomer, None  # '"A," Weller said. Reyes nodded. "B."': Reyes's
            elif opens_on_others(closed_sentence(between)):
                mention, verb = None, None  # '"A," Weller said. Not everyone agreed. "B."': whose?
        if mention is None and i >= 2 and _DASH_ONLY.fullmatch(between) and _DASH_OPENS.match(
            masked[siblings[i - 2].span.mark_end : siblings[i - 1].span.mark_start]
        ):
            # '“A” – at which point the crowd chanted “B!” – “and C.”': C resumes A after the aside
            mention, verb = siblings[i - 2].mention, siblings[i - 2].verb
        if mention is None and at_start and not WORD.search(masked):
            mention = header_name_line(blocks, masks, f.paragraph)  # 'Ann Weller, 54, a nurse' / '“…”'
        if mention is None and at_start and f.paragraph + 1 < len(blocks) and not WORD.search(_POST_LINKS.sub(" ", masked)):
            sign_off = f.paragraph + 1
            links = masks[sign_off]
            if sign_off + 1 < len(blocks) and _POST_LINKS.search(links) and not WORD.search(_POST_LINKS.sub(" ", links)):
                sign_off += 1  # '“…”' / 'pic.twitter.com/aB3cDe' / '— Ann Weller (@annweller) May 9, 2016'
            mention = signed_after(" " + masks[sign_off], own_line=True)  # '"…"' / '— Gov. Maria Lenz, on X.'
            closing_line = blocks[f.paragraph + 1].text
            if mention is None and (f.paragraph + 2 < len(blocks) or _AGE_AFTER_NAME.search(closing_line)):
                # not the byline closing the page, unless the line gives an age, as no byline does
                # ('“…”' / 'Ines Corrow, 41, farmer' ending a round-up)
                mention = name_line(closing_line)  # '"…"' / 'Maria Ortiz, a nurse'
        if mention is None and at_start and f.paragraph > 0 and not WORD.search(masked) and qa_turn(blocks[f.paragraph - 1].text) == "Q":
            # 'We spoke with Ann Weller …' / 'Q: …?' / '“…”': the answer to a Q&A's question, unlettered
            mention = interviewee(blocks, f.paragraph)
        own_verb = verb is not None and not f.continues
        if mention is None and at_start and not own_verb and not f.continues and plain_paragraph(blocks, f.paragraph - 1):
            # 'Tom Reyes had a simple message for voters.' / '“…”', also after another's quote in
            # that paragraph ('“…,” said Ann Weller. Tom Reyes was more cautious.' / '“…”')
            after_quote = last is not None and last.paragraph == f.paragraph - 2
            announced = introduced_in_previous(masks[f.paragraph - 1], masked, after_quote=after_quote)
            if announced is not None and (announced.kind != "name" or registry.is_proper_name(announced.text, f.start, strict=True)):
                if next_quote_agrees(blocks, masks, registry, f, announced):
                    mention = announced
        if mention is None and at_start and last is not None and not own_verb and f.paragraph > 0 and masks[f.paragraph - 1].rstrip().endswith(":"):
            # '“A,” Mayor Tom Reyes said. Sen. Ann Weller disagreed:' / '“B.”': the colon hands the
            # word to whoever it introduces, before the last speaker's turn is carried over
            introducing = masks[f.paragraph - 1]
            mention, verb = head_attribution(introducing, "", None)
            mention = mention or colon_introduction(introducing) or possessive_introduction(last_sentence(introducing))
            mention = mention or label_line(f.paragraph - 1, blocks, body)  # 'Clinton:' / '“B.”'
        if mention is None and at_start and last is not None and not own_verb:
            # not when the quote has a speech verb of its own whose subject we could not read
            # ('"…," this source told the Post.'): that verb names someone else
            closes = not ended and f.span.closed and closing_attribution(masked[f.span.mark_end :])[0] is not None
            opened = found[fi - 1] if fi and f.continues else None
            if (
                opened is not None
                and opened.mention is None
                and opened.paragraph == f.paragraph - 1
                and not opened.span.closed
                and (WORD.search(masks[opened.paragraph][: opened.span.mark_start]) or id(opened) in unnamed_runs)
            ):
                # '… the family issued an update, which reads: “A.' / '“B.”': the run's words are
                # those its own paragraph introduces, which we could not name; not the speaker of a
                # quote before the run (a run opening its paragraph bare may still be theirs)
                closes = True
                unnamed_runs.add(id(f))
            other = other_party(found, fi, f, last, masks) if not closes and not f.continues and not WORD.search(masked) else None
            if other is None and not closes and not f.continues and not WORD.search(masked):
                # '“…?” Bonham asked.' / '“No,” she replied.' / '“So why do you …?”': the asker's turn again
                other = asker_again(found, fi, f, last)
            if other is not None:
                # '“…,” Vega said.' / '“But there is a risk,” Ramsey said. “Do you deny that?”' / '“…”':
                # the bare answer to a question put to the one who spoke just before is theirs
                mention, verb = other.mention, None
            elif not closes and (
                f.continues
                or last.paragraph == f.paragraph - 1
                and not asked_of_someone(last, masks)
                and not reports_someone_else(last, masks, registry)
                # 'A reporter asked: “Will you resign?”' / '“Not today.”': the answer, not the asker's
                and not answers_question_put(last, f)
            ):
                # not when the quote's own sentence ends on its source after a later quote: '“A,”
                # Powell “B,” the passage continued.' (read below by ``closing_attribution``)
                mention, verb = last.mention, last.verb
        if (
            mention is None
            and at_start
            and last is not None
            and not own_verb
            and not f.continues
            and last.paragraph == f.paragraph - 1
            and not WORD.search(masked)
            and not f.text.rstrip(" ”\"’").endswith("?")
        ):
            # '“Will you run again?” a reporter asked Ann Weller.' / '“Not this year.”': the answer
            # is the one asked's (not when the next paragraph opens on someone else's quote)
            listener = asked_listener(last, masks, registry)
            if listener is not None and next_quote_agrees(blocks, masks, registry, f, listener, any_kind=True):
                mention, verb = listener, None
        if mention is None and at_start and f.paragraph > 0:
            introducing = masks[introducing_paragraph(blocks, masks, f.paragraph)]
            mention, verb = head_attribution(introducing, "", None)  # "Umerov said:"
            mention = mention or colon_introduction(introducing)  # "Berg was blunt:"
            if mention is None and introducing.rstrip().endswith(":"):
                mention = label_line(introducing_paragraph(blocks, masks, f.paragraph), blocks, body)  # "Here’s Trump:"
        heading_quote = f.span.mark_start < _HEAD_CHARS and not _SENTENCE_GOES_ON.match(masked, f.span.mark_end)
        if mention is None and heading_quote and heading_sentence(head, last_sentence(head)) and _scare_quotes_only(siblings[:i]):
            # a live blog's run-in heading: 'TRUMP “…”', 'CLINTON’S ‘DEPLORABLES’ REMARK “…”', 'The Trump
            # response: “…”' (as written, with what the masks blank, a time stamp or a party tag, left
            # out; a heading shaped like a dateline, 'WELLER —', is blanked whole and read as written)
            written = blocks[f.paragraph].text[: f.span.mark_start]
            blanked = "".join(" " if m == " " else c for c, m in zip(written, head, strict=True))
            mention = heading_label(blanked if blanked.strip() else written, f.text, body)
        if mention is None and entry is None:
            mention = colon_speaker(last_sentence(head))  # "Sanders: Endorsements prove …", "Ryan: ‘A’ Have ‘B’"
            if mention is not None and mention.text.isupper() and len(mention.text) > ACRONYM_LETTERS:
                # a transcript's 'DIAZ: I said “…”' (as "Diaz"), not a dateline's 'WASHINGTON: “…”'
                mention = label_mention(mention.text, f.paragraph, blocks, body)
            elif mention is not None and " " not in mention.text and is_common_word(mention.text):
                # 'Overheard: “…”', 'Quotable: “…”': a word of the language, a speaker only as a
                # transcript's turn or a name the body writes in full ('Trump:' after 'Donald Trump')
                mention = label_mention(mention.text, f.paragraph, blocks, body)
            if mention is not None and cues_someone_else(last_sentence(head)):
                mention = None  # 'REYES: Mayor, you said in March it was “balanced.”': the mayor's word
            elif mention is not None and cited_in_turn(last_sentence(head), f.paragraph, blocks):
                mention = None  # 'REYES: There's a sign outside that reads “…”': the sign's words
        if mention is None and i == 0:
            mention = dash_speaker(head)  # "Sen. Ann Weller (D-Ore.) — “…”" in a round-up
        if mention is None and at_start and heading_quote and not WORD.search(masked) and f.paragraph > 0 and _CROSSHEAD_END.search(blocks[f.paragraph - 1].text):
            # the same heading set on its own line over the entry's quote: 'TRUMP ON THE WALL' / '“…”'
            mention = heading_label(blocks[f.paragraph - 1].text, f.text, body, own_line=True)
        opening_turn = turn_label(blocks[f.paragraph].text) if not at_start else None
        turn_words = masked[opening_turn[1] : f.span.mark_start] if opening_turn is not None else ""
        own_cue = first_person_cue(turn_words)
        # 'CLINTON: He says that every time he is losing, and I think “…”': the cue nearest the
        # quote is the label's own "I think", not the "he says" before it
        own_nearer = own_cue and mention is not None and not f.from_tail and judge is None
        if (mention is None or own_nearer or mention.kind == "pronoun" and mention.text.lower() in _FIRST_PERSON) and not at_start:
            # 'WELLER: No. I said last week that it was “…”': the label quotes its own words, "I"
            # (not the turn before's speaker, whom the fallbacks would give); other quotes inside
            # a turn cite someone ('REYES: The memo calls it “…”'). A label right before the
            # quote is a headline's or a round-up's, read above.
            answering = opening_turn is not None and opening_turn[0] == "A"
            if opening_turn is not None and (own_cue or answering and not WORD.search(turn_words)):
                # an "A:" turn is the interviewee's ('We spoke with Ann Weller …' / 'Q: …' / 'A: …')
                answer = interviewee(blocks, f.paragraph) if answering else None
                mention = answer or label_mention(opening_turn[0], f.paragraph, blocks, body) or mention
        if mention is None:
            intro = last_sentence(between) if between.strip() else masks.get(introducing_paragraph(blocks, masks, f.paragraph)) or ""
            if not intro.strip() and between.rstrip().endswith((".", "!", "?")):
                # the sentence just closed: "Mayor Lena Ford's message was blunt. “…”", "Roe's take? “…”"
                intro = closed_sentence(between).rstrip() + between.rstrip()[-1]
            mention = possessive_introduction(intro)  # "Mayor Ken Dale’s answer: “…”"
            if mention is None and intro.strip():
                # 'Her message now is simple: don't share prescriptions.' / '“…”': the words go on
                # with the gist the colon gave
                mention = possessive_introduction_with_gist(last_sentence(intro) or closed_sentence(intro.rstrip()) + intro.rstrip()[-1:])
        if mention is None and between.strip():
            mention = words_owner(last_sentence(between))  # "The plan failed because, in Kell's words, “…”"
        if mention is None and between.strip():
            mention = colon_subject(last_sentence(between))  # "The board was conclusive in its findings:"
        if f.span.closed and not ended and (mention is None or mention.kind == "description" and not f.from_tail):
            # "The vast majority of Americans say they prefer “…”, according to a poll": the
            # sentence's source, when the subject before the quote was only a description (not
            # after words that end their sentence: '… her comment that, “….” The union will sit
            # out, Phil Smith told POLITICO' is the next sentence's)
            closing, closing_verb = closing_attribution(masked[f.span.mark_end :])
            if mention is None or closing_verb in SPEAKER_AFTER:
                mention, verb = (closing, closing_verb) if closing is not None else (mention, verb)
        if mention is None and not title_cased(f.text) and (same_par_prev is None or signature_before_next(between, body) is None):
            # (not the name signing the quote before: '“A” — Ann Weller [Twitter] “B”')
            mention, verb = fallback_speaker(blocks, masks, f, between, same_par_prev, registry)
        if (
            mention is None
            and not stamped
            and not title_cased(f.text)
            and last is not None
            and last.paragraph == f.paragraph - 1
            and not asked_of_someone(last, masks)
            and not answers_question_put(last, f)
        ):
            if continues_previous_paragraph(masked):  # 'Then, on the radio the next morning: “…”'
                mention, verb = last.mention, last.verb
        if (
            mention is None
            and at_start
            and not WORD.search(masked)
            and not title_cased(f.text)
            and last is not None
            and last.paragraph == f.paragraph - 2
            # a photo caption left between the two reads as a heading, but opens no new section
            and (blocks[f.paragraph - 1].kind == "paragraph" or caption_like(masks[f.paragraph - 1]))
            and not asked_of_someone(last, masks)
        ):
            # a bare quote one narrative paragraph after the last quote
            if same_person(stage_direction(masks[f.paragraph - 1]), last, registry, f.start):
                mention, verb = last.mention, last.verb  # '“…,” Miller said.' / 'She pauses.' / '“…”'
            elif not last.text.rstrip().endswith("?") and not reports_someone_else(last, masks, registry):
                # '“…,” she said.' / 'Still, even with her pension, Kowal lost a third of her
                # income.' / '“…”': a paragraph about the speaker (or naming nobody) goes on with
                # their turn; the pronoun is read where the last quote's was, so it stays the same
                # person
                previous_start, previous_end = previous_paragraph_span(blocks, f)
                if narrates_the_speaker(masks[f.paragraph - 1], last, registry, previous_start, previous_end):
                    mention, verb = last.mention, last.verb
                    if mention is not None and mention.kind == "pronoun":
                        f.mentioned_at = last.mentioned_at if last.mentioned_at is not None else last.start
        if (
            mention is None
            and at_start
            and not WORD.search(masked)
            and not title_cased(f.text)
            and not f.continues
            and plain_paragraph(blocks, f.paragraph - 1)
            and not stamped
            and (last is None or last.paragraph < f.paragraph - 2)  # '“…,” said Abend.' / 'His neighbour, Gus Tiller, …' / '“…”': either
        ):
            introduced = speaking_for_self(blocks, masks, registry, f)
            if introduced is not None:
                mention, verb = introduced, None
        if judged and judge is None and not f.from_tail and verb not in SPEAKER_AFTER:
            mention, verb = None, None  # 'Dorsey, long derided as “…”, retired': whose verdict goes unsaid
        if mention is not None and ABBREVIATION_DOT in mention.text:
            mention = Mention(mention.kind, restore(mention.text))
        if mention is not None and mention.kind == "name" and mention.text.isupper() and len(mention.text) > ACRONYM_LETTERS:
            # 'REYES (interrupting): “…”': a transcript's capitals, as the body writes the name
            mention = Mention("name", written_otherwise(mention.text, body) or mention.text)
        if mention is not None and mention.is_he_or_she and f.from_tail and f.mentioned_at is None:
            # 'What Page was doing was “…,” he said': the "he" of a closing cue is no one the words
            # before the quote name in its own clause, so it is resolved where that clause starts
            # (unless the clause has a cue of its own, 'Tyler said that Cruz has “…,” he said', or
            # opens on the view's holder, 'In Ana Weller's view, the plan is “…,” she said')
            reported = last_sentence(head)
            if WORD.search(reported) and not _CLAUSE_BREAK.search(reported) and not SPEECH_VERB.search(reported) and not _HOLDER_FRAME.match(reported):
                f.mentioned_at = f.start - f.span.start + f.span.mark_start - len(reported)
        if mention is not None and not f.from_tail and judge is None:
            mention = _open_relative_speaker(last_sentence(head), mention)
        if mention is not None and (not f.from_tail or verb != "according to") and subordinate_subject_cue(last_sentence(head), mention.text, mention.kind == "pronoun"):
            # 'Ames was cleared after prosecutors determined “…”', 'While Ames did not spell out
            # “…”, Rep. Tom Kell says': the clause's own subject's words, whom we cannot name
            # ('After Ames argued “…”, Kell said' is read as Ames's by ``head_attribution``)
            mention, verb = None, None
        if mention is not None and (mention.kind == "name" or mention.is_he_or_she) and not f.from_tail:
            opener_subject = subject_after_opener(last_sentence(head), mention.text)
            if opener_subject is not None:
                # 'Like her husband, Milton Berg, she … plans “…”': hers, not her husband's
                mention, verb = (Mention("pronoun", opener_subject), None) if opener_subject in {"he", "she"} else (None, None)
        if mention is not None and not f.from_tail:
            open_sentence = last_sentence(head)
            if (
                # 'Haddad heads the Forum, which says it aims to “…”': the forum's words
                (mention.kind == "name" and thing_relative_cue(open_sentence, verb, mention.text))
                # 'Marsh drove her home, where he “pushed me down”': the "me" speaks
                or first_person_predicate(open_sentence, f.text)
                # 'I ask Rowe if he …; he claims to “…”': the "he" speaks
                or (mention.kind == "pronoun" and mention.text == "i" and not_the_narrators_verb(open_sentence, verb))
                # 'Democrats like Tom Ames say “…”': the group's words, not the example's
                or (mention.kind in {"name", "description"} and example_of_a_group(open_sentence, mention.text))
            ):
                mention, verb = None, None
        f.mention, f.verb = mention, verb
        if f.mention is not None:
            last = f
    by_paragraph: dict[int, list[Found]] = {}
    for f in found:
        by_paragraph.setdefault(f.paragraph, []).append(f)
    for p, quotes in by_paragraph.items():
        for run in listed_titles(masks[p], quotes) if len(quotes) >= 3 else []:
            titles = [quotes[k] for k in run]
            if not any(q.from_tail or _CROWD_VOICE.match(q.verb or "") for q in titles):
                # 'According to the promoter, expect hits including “Blue River,” “Paper Moon,”
                # “Dancing Alone” and others': titles the sentence lists, not the source's words (a
                # name and verb right after the list, '…,” Lena Hart said', keep them: she named
                # them; 'chanted' makes them slogans)
                for q in titles:
                    q.mention, q.verb = None, None
    for f in found:
        if f.mention is not None and names_no_words(blocks[f.paragraph].text, masks[f.paragraph], f):
            f.mention, f.verb = None, None
    _open_quotes_take_their_end(found)
    return masks


#: Verbs of a crowd's voice: title-case quotes in a list after one are slogans, not titles.
_CROWD_VOICE = re.compile(r"(?i)(?:chant|shout|yell|scream|cr[yi]|roar|sing|sang|sung|chorus)")


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
        if nxt.mention is not None and nxt.mention is not earlier and not title_cased(f.text):
            f.mention, f.verb = nxt.mention, nxt.verb


#: Nothing but a dash between two quotes ('“B!” – “and C.”'), and a dash opening an aside.
_DASH_ONLY = re.compile(r"\s*(?:[—–]|--?)\s*")
_DASH_OPENS = re.compile(r"[,\s]*(?:[—–]|--?\s)")


#: A coordinated clause with a subject of its own after the previous quote's attribution: ", and
#: her husband cut in", "; then the mayor added".
_NEW_SPEAKER_CLAUSE = re.compile(r"[,;]\s+(?:and|but|then|while)\s+(?:his|her|their|the|a|an|[A-Z])")
#: The same clause introducing the next quote with a colon: ", and Reyes shook his head:", ",
#: before Reyes cut her off:" (group "clause": from its subject to the colon).
_COLON_TURN = re.compile(
    r"[,;]\s+(?:and|but|then|while|before|until|when)\s+(?P<clause>(?:his|her|their|the|a|an|[A-Z])[^,;:]*):\s*$"
)
