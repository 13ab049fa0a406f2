"""Quotes with speakers: find quoted spans, attribute them, flag scare quotes, pick key quotes.

Quote texts are slices of the clean body, so they are always exact substrings of it. A quote
that runs over several paragraphs (news style: no closing mark, next paragraph opens again)
becomes one ``Quote`` per paragraph part, all with the same speaker.

Stages, each in its own module: collect the marked spans (here), drop quotes that are no one's
speech (``not_speech``), attribute each quote from its sentence (``_attribute`` here, with the
sentence readers of ``attribution`` and its siblings, and ``speaker_turns`` for carrying a speaker
over), echo headline quotes (``headline_echo``), and resolve mentions to people
(``speaker_resolution``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .attribution import head_attribution, quote_in_subordinate_clause
from .boilerplate import is_furniture
from .captions import caption_sentences
from .colon_intros import (
    colon_introduction,
    colon_speaker,
    colon_subject,
    dash_speaker,
    handed_the_word,
)
from .found_quotes import Found, Masks
from .headline_echo import echo_headline_speakers
from .judging_frames import judging_frame, judging_with_object
from .key_quotes import pick_key_quotes
from .masked_sentences import (
    WORD,
    closed_sentence,
    first_sentence,
    last_sentence,
    sentence_starts,
    split_masked,
)
from .masking import ABBREVIATION_DOT, opens_new_entry, restore
from .mention import Mention
from .models import Block, BriefingOptions, Quote
from .name_cleaning import (
    PARTICLES,
    UPPER,
    Nickname,
    mark_nicknames,
    unmark_nicknames,
)
from .names import NameRegistry
from .not_speech import (
    NICKNAME_BEFORE,
    glossed_term,
    is_crosshead,
    listed_titles,
    named_as,
    names_a_slogan,
    names_a_thing,
    nickname_in_name,
    quote_as_noun_phrase,
    title_before_own_content,
    title_cased,
    title_words,
    titles_a_work,
)
from .quote_fallbacks import (
    according_opening,
    asking_verb,
    asks_a_person,
    continues_clause,
    continues_previous_paragraph,
    introduced_in_previous,
    inverted_cue,
    lone_quote_subject,
    names_nobody,
    next_paragraph_speaker,
    next_quote_speaker,
    opens_on_others,
    paraphrase_speaker,
    person_introduced,
    points_back_source,
    predicate_of_bare_subject,
    previous_paragraph_speaker,
    previous_subject,
    stage_direction,
    two_named_subjects,
    verb_follows,
    verbless_subject,
)
from .quote_marks import close_before_attribution, find_marked_spans, quoted_words
from .reporter_cues import speaker_before_reporter
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speaker_labels import (
    ACRONYM_LETTERS,
    header_name_line,
    in_transcript,
    interviewee,
    is_speaker_label,
    label_mention,
    name_line,
    opening_label,
    qa_turn,
    turn_label,
    written_otherwise,
)
from .speaker_resolution import parse_speakers, resolve_speakers
from .speaker_turns import (
    apposed_to,
    asked_listener,
    asked_of_someone,
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
from .speech_lexicon import (
    SPEAKER_AFTER,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .tail_attribution import POST_LINK, closing_attribution, signed_after, tail_attribution
from .word_owners import (
    claim_owner,
    owned_post_before,
    owner_of_quoted_noun,
    possessive_introduction,
    possessive_introduction_with_gist,
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
def _thing_relative_cue(sentence: str, verb: str | None, name: str) -> bool:
    """The speech verb before the quote is a "which" clause's ('Rami Haddad is the head of the
    Levant Forum, which says on its site that it aims to “…”'): the words are the thing's the
    relative pronoun stands for, not the main clause's subject's (unless ``name`` is that thing:
    'Ivo Marr chairs the Delta Trust, which said …')."""
    if verb is None or ", which" not in sentence:
        return False
    return re.search(rf"{re.escape(name)},\s+which", sentence) is None and re.search(rf",\s+which\s+(?:(?!(?:he|she|they|we|you)\s)[a-z]+\s+){{0,2}}?{re.escape(verb)}(?![\w’'-])", sentence) is not None


#: A third person right before a quote, as the subject of the words inside it ("where he “…”").
_SUBJECT_BEFORE_QUOTE = re.compile(r"(?<![\w’'-])(?:he|she|[A-Z][\w’'-]+)(?:\s+(?:then|later|allegedly|once|just|[a-z]+ly))?\s*$")
#: "me": the object of the subject's deed, someone else (one acting on oneself says "myself").
_FIRST_PERSON_WORD = re.compile(r"(?<![\w’'-])me(?![\w’'-])")


def _first_person_predicate(sentence: str, quote: str) -> bool:
    """A quote woven into the narration as the predicate of a third person, with no speech verb
    before it, that speaks of a "me": 'Marsh drove her to a farm where he “pushed me to the
    ground”'. The "me" is the one who told it (the victim), not the sentence's subject (whose own
    words a writer may weave in with their "my": 'She “will not let my players quit”')."""
    words = quote.lstrip(" .…'\"‘“")
    return (
        words[:1].islower()
        and _FIRST_PERSON_WORD.search(quote) is not None
        and _SUBJECT_BEFORE_QUOTE.search(sentence) is not None
        and SPEECH_VERB.search(sentence) is None
    )


#: A subject of its own between the narrator's "I" and a later speech verb: "I ask Rowe if he
#: thinks …; he … claims to", "in front of my son who exclaimed".
_OTHER_SUBJECT = re.compile(r"[;]|\b(?:he|she|they|who|which|we|you)\b", re.IGNORECASE)


def _not_the_narrators_verb(sentence: str, verb: str | None) -> bool:
    """The speech verb before a quote that gave the narrator ("I") as its speaker has a subject
    of its own after that "I" (a "he", a relative "who", a clause after a semicolon), or the
    sentence holds no "I" as a subject at all ('he interrupts me.'): the words are not the
    narrator's."""
    if verb is None:
        cue = list(SPEECH_VERB.finditer(sentence))
        if not cue:
            return False
        verb = cue[-1].group()
    at = max((m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(verb)}(?![\w’'-])", sentence)), default=-1)
    if at < 0:
        return False
    if re.search(r";\s+(?:he|she|they)\b", sentence[at:]):
        return True  # 'I ask Rowe if he …; he claims to “…”': a clause of its own after the cue
    narrator = [m.end() for m in re.finditer(r"(?<![\w’'-])I(?![\w’'-])", sentence[:at])]
    if not narrator:
        return True
    return _OTHER_SUBJECT.search(sentence, narrator[-1], at) is not None


#: Context read before a quote for its attribution; longer than any real sentence.
_HEAD_CHARS = 800
#: A fronted phrase that may name the holder of the view the clause gives ("To Ana Weller,", "In
#: Weller's view,", "For the mayor,").
_HOLDER_FRAME = re.compile(r"\s*(?:To|For|In)\s+[^,;:.]{2,80},")
#: What sets the words before a quote off as a clause of their own ('Reyes was blunt: “…,” he
#: said'), or a quote already in them.
_CLAUSE_BREAK = re.compile(r"[:;“”\"·]")


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


def _attribute(blocks: Sequence[Block], body: str, found: list[Found], registry: NameRegistry) -> Masks:
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
        ended = inner[-1] if inner[-1:] in ".!?" else ""  # "... at 10 a.m.," continues
        # a sentence is never longer than _HEAD_CHARS: keeps long paragraphs of quotes linear
        head = masked[max(0, f.span.mark_start - _HEAD_CHARS) : f.span.mark_start]
        utterance = inner[-1:] in ",?!" or masked[f.span.mark_end : f.span.mark_end + 1] == ","
        mention, verb = (
            tail_attribution(masked[f.span.mark_end : nxt], ended, utterance=utterance)
            if f.span.closed
            else (None, None)
        )
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
        if mention is not None and _cue_then_run_on(head, inner, masked[f.span.mark_end : nxt]):
            mention, verb = None, None  # '… she angrily said, “…” about her record, Ames jabbed at Kell'
        if mention is not None and ended in {"?", "!", "."} and _introduced_before(head, masked[f.span.mark_end : nxt]):
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
            mention = claim_owner(last_sentence(between))  # "Kell denied Ames's claim that the deal was “…”"
        if mention is None:
            prev_mention = same_par_prev.mention if same_par_prev else None
            mention, verb = head_attribution(head, masked[prv : f.span.mark_start], prev_mention)
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
            mention, verb = head_attribution(
                masked[prv : f.span.mark_start].rstrip(" .!?"), "", None
            )
            if mention is None:
                mention, verb = inverted_cue(last_sentence(masked[prv : f.span.mark_start].rstrip(" .!?") + " "))
            said = last_sentence(masked[prv : f.span.mark_start].rstrip(" .!?") + " ")
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
                if _next_quote_agrees(blocks, masks, registry, f, announced):
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
            if other is not None:
                # '“…,” Vega said.' / '“But there is a risk,” Ramsey said. “Do you deny that?”' / '“…”':
                # the bare answer to a question put to the one who spoke just before is theirs
                mention, verb = other.mention, None
            elif not closes and (
                f.continues
                or last.paragraph == f.paragraph - 1 and not asked_of_someone(last, masks) and not reports_someone_else(last, masks, registry)
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
            if listener is not None and _next_quote_agrees(blocks, masks, registry, f, listener, any_kind=True):
                mention, verb = listener, None
        if mention is None and at_start and f.paragraph > 0:
            introducing = masks[_introducing_paragraph(blocks, masks, f.paragraph)]
            mention, verb = head_attribution(introducing, "", None)  # "Umerov said:"
            mention = mention or colon_introduction(introducing)  # "Berg was blunt:"
        if mention is None:
            mention = colon_speaker(last_sentence(head))  # "Sanders: Endorsements prove …", "Ryan: ‘A’ Have ‘B’"
            if mention is not None and mention.text.isupper() and len(mention.text) > ACRONYM_LETTERS:
                # a transcript's 'DIAZ: I said “…”' (as "Diaz"), not a dateline's 'WASHINGTON: “…”'
                mention = label_mention(mention.text, f.paragraph, blocks, body)
            elif mention is not None and " " not in mention.text and is_common_word(mention.text):
                # 'Overheard: “…”', 'Quotable: “…”': a word of the language, a speaker only as a
                # transcript's turn or a name the body writes in full ('Trump:' after 'Donald Trump')
                mention = label_mention(mention.text, f.paragraph, blocks, body)
            if mention is not None and _cues_someone_else(last_sentence(head)):
                mention = None  # 'REYES: Mayor, you said in March it was “balanced.”': the mayor's word
            elif mention is not None and _cited_in_turn(last_sentence(head), f.paragraph, blocks):
                mention = None  # 'REYES: There's a sign outside that reads “…”': the sign's words
        if mention is None and i == 0:
            mention = dash_speaker(head)  # "Sen. Ann Weller (D-Ore.) — “…”" in a round-up
        if (mention is None or mention.kind == "pronoun" and mention.text.lower() in _FIRST_PERSON) and not at_start:
            # 'WELLER: No. I said last week that it was “…”': the label quotes its own words, "I"
            # (not the turn before's speaker, whom the fallbacks would give); other quotes inside
            # a turn cite someone ('REYES: The memo calls it “…”'). A label right before the
            # quote is a headline's or a round-up's, read above.
            opening_turn = turn_label(blocks[f.paragraph].text)
            turn_words = masked[opening_turn[1] : f.span.mark_start] if opening_turn is not None else ""
            answering = opening_turn is not None and opening_turn[0] == "A"
            own_cue = _own_cue(turn_words)
            if opening_turn is not None and (own_cue or answering and not WORD.search(turn_words)):
                # an "A:" turn is the interviewee's ('We spoke with Ann Weller …' / 'Q: …' / 'A: …')
                answer = interviewee(blocks, f.paragraph) if answering else None
                mention = answer or label_mention(opening_turn[0], f.paragraph, blocks, body) or mention
        if mention is None:
            intro = last_sentence(between) if between.strip() else masks.get(_introducing_paragraph(blocks, masks, f.paragraph)) or ""
            if not intro.strip() and between.rstrip().endswith((".", "!")):
                # the sentence just closed: "Mayor Lena Ford's message was blunt. “…”"
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
        if f.span.closed and (mention is None or mention.kind == "description" and not f.from_tail):
            # "The vast majority of Americans say they prefer “…”, according to a poll": the
            # sentence's source, when the subject before the quote was only a description
            closing, closing_verb = closing_attribution(masked[f.span.mark_end :])
            if mention is None or closing_verb in SPEAKER_AFTER:
                mention, verb = (closing, closing_verb) if closing is not None else (mention, verb)
        if mention is None and not title_cased(f.text):
            mention, verb = _fallback(blocks, masks, f, between, same_par_prev, registry)
        if mention is None and not stamped and not title_cased(f.text) and last is not None and last.paragraph == f.paragraph - 1 and not asked_of_someone(last, masks):
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
                previous_start, previous_end = _previous_paragraph_span(blocks, f)
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
            introduced = _speaking_for_self(blocks, masks, registry, f)
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
        if mention is not None and not f.from_tail:
            open_sentence = last_sentence(head)
            if (
                # 'Haddad heads the Forum, which says it aims to “…”': the forum's words
                (mention.kind == "name" and _thing_relative_cue(open_sentence, verb, mention.text))
                # 'Marsh drove her home, where he “pushed me down”': the "me" speaks
                or _first_person_predicate(open_sentence, f.text)
                # 'I ask Rowe if he …; he claims to “…”': the "he" speaks
                or (mention.kind == "pronoun" and mention.text == "i" and _not_the_narrators_verb(open_sentence, verb))
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
        if f.mention is not None and _names_no_words(blocks[f.paragraph].text, masks[f.paragraph], f):
            f.mention, f.verb = None, None
    _open_quotes_take_their_end(found)
    return masks


def _next_quote_agrees(
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


def _introducing_paragraph(blocks: Sequence[Block], masks: Masks, paragraph: int) -> int:
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


def _previous_paragraph_span(blocks: Sequence[Block], f: Found) -> tuple[int, int]:
    """Where the paragraph before the quote's stands in the body (paragraphs joined by two characters)."""
    paragraph_start = f.start - f.span.start
    return paragraph_start - 2 - len(blocks[f.paragraph - 1].text), paragraph_start - 2


def _speaking_for_self(blocks: Sequence[Block], masks: Masks, registry: NameRegistry, f: Found) -> Mention | None:
    """'Kim Oduya, 34, has lived on the street for a decade.' / '“Nobody sees you. I …”': the one
    person the paragraph before is about speaks for herself in the bare quote after it; not when
    that paragraph names anyone else, nor when the next paragraph opens on another's quote."""
    introduced = person_introduced(masks[f.paragraph - 1], f.text)
    if introduced is None:
        return None
    previous_start, previous_end = _previous_paragraph_span(blocks, f)
    named = {n for n in registry.names_between(previous_start, previous_end) if registry.is_proper_name(n, previous_start, strict=True)}
    if introduced.kind == "name":
        introduced_name = registry.fullest(introduced.text, f.start + 1, ahead=True)
        alone = registry.is_proper_name(introduced.text, f.start, strict=True) and named <= {introduced_name}
    else:
        alone = len(named) <= 1
    return introduced if alone and _next_quote_agrees(blocks, masks, registry, f, introduced) else None


def _names_no_words(text: str, masked: str, f: Found) -> bool:
    """The quote marks name something or set off a heading rather than report words, whatever cue
    stands next to them: the speaker found for it is dropped (one test per kind of name)."""
    mark_start, mark_end = f.span.mark_start, f.span.mark_end
    return (
        (f.paragraph > 0 and is_crosshead(text, f))  # "'We're vetting VP candidates!'" between sections (echoed below)
        # 'she said, showing off the “Keep Our Town Strong” cap': a name, no one's words (the
        # quotes around it keep the speaker they share)
        or (title_cased(f.text) and names_a_thing(masked, f.span))
        or NICKNAME_BEFORE.search(masked, 0, mark_start) is not None  # 'Rep. Dan Oster, the self-styled “people's champion,” lost'
        or named_as(masked, f)  # 'the bill, sometimes called a “cromnibus”', 'Tamar means “dark”'
        or nickname_in_name(masked, f)  # 'Robert “Bob” Kell', 'James “Jimmy the Fixer” Boyle'
        or (not f.from_tail and names_a_slogan(masked, f))  # 'the firm behind the state's campaign “Starts with one.”'
        or glossed_term(masked, f)  # 'to induce “torpor” — the term for the hibernating state'
        or titles_a_work(masked, f)  # 'Billy Marsh played his hit “A Piano on the Road to Nowhere”'
        or _names_a_programme(masked, f)  # 'Reyes said in an interview on CBS's “Face the Nation.”'
        # 'with her show “La Leona.” The title (“the lioness”) fits her': a gloss
        or (_GLOSS_IN_PARENTHESES.search(masked, 0, mark_start) is not None and masked[mark_end : mark_end + 1] == ")")
    )


#: Verbs of a crowd's voice: title-case quotes in a list after one are slogans, not titles.
_CROWD_VOICE = re.compile(r"(?i)(?:chant|shout|yell|scream|cr[yi]|roar|sing|sang|sung|chorus)")


#: A first-person subject right before the speech verb of a label's own turn ("DIAZ: I said …",
#: "WELLER: As we have always told you, …"; not "I miss him saying …", whose cue is his).
_LABEL_OWN_SUBJECT = re.compile(
    r"\b(?:I|[Ww]e)(?:\s+(?:\w+ly|have|had|would|will|did|do|always|never|also|just|then|once|already|even))*\s*$"
)


#: A sentence opening on a participle of saying, the quote its object or inside it ("Declaring ",
#: "Calling the plan ", "Warning that ").
_SAYING_OPENER = re.compile(rf"\s*(?:{SPEECH_VERB.pattern})(?<=ing)(?:\s+[\w’'-]+){{0,4}}?\s*[,:]?\s*$")


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
    return subject if LEADING_VERB.match(" " + rest.lstrip(" ,")) else None


def _own_cue(words: str) -> bool:
    """A speech verb with "I" or "we" right before it ("No. I said last week that it was")."""
    cue = SPEECH_VERB.search(words)
    return cue is not None and _LABEL_OWN_SUBJECT.search(words[: cue.start()]) is not None


def _cited_in_turn(sentence: str, paragraph: int, blocks: Sequence[Block]) -> bool:
    """In a transcript (turns labelled around it), words of the turn before the quote with no
    cue of the label's own ('REYES: There's a sign outside that reads “…”', 'REYES: Let me read
    from your book: “…”'): the turn is speech already, so its quote marks cite someone else."""
    after = sentence[sentence.find(":") + 1 :]
    return WORD.search(after) is not None and not _own_cue(after) and in_transcript(paragraph, blocks)


def _cues_someone_else(sentence: str) -> bool:
    """After a label's colon, a speech verb whose subject is not the label's "I" or "we" ('REYES:
    Mayor, you said in March it was “…”', 'MODERATOR: The governor called it “…”'): the quote is
    the words of the one that verb reports, not the label's."""
    after = sentence[sentence.find(":") + 1 :]
    cue = SPEECH_VERB.search(after)
    return cue is not None and _LABEL_OWN_SUBJECT.search(after[: cue.start()]) is None


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


#: A preposition of where words were spoken or printed, or "told", perhaps with the outlet's
#: possessive, right before a quote's opening mark: "on CBS's", "on", "with", "told", "to NBC's".
_OUTLET_BEFORE_MARK = re.compile(
    rf"(?<![\w’'-])(?:on|to|with|told|tells)\s+(?:(?:the\s+)?[{UPPER}][\w&.-]*(?:\s+[{UPPER}][\w&.-]*){{0,3}}[’'](?:s|(?<=s[’']))\s+)?$"
)
#: A noun of a word or a name and an opening parenthesis right before a quote that fills it: the
#: quote glosses the word ('The title (“the lioness”)', 'the word “saudade” (“longing”)').
_GLOSS_IN_PARENTHESES = re.compile(r"(?:\b(?:title|name|word|term|phrase|nickname|moniker|motto|slogan)|[”\"])\s*\($")
#: "in" right before a title-case quote: a book's, a film's or a song's title.
_IN_BEFORE_MARK = re.compile(r"(?<![\w’'-])in\s+$")
#: Longest programme title, in words.
_LONGEST_PROGRAMME = 8


def _names_a_programme(masked: str, f: Found) -> bool:
    """A title-case quote right after "on", "to", "with" or "told" and perhaps a network's possessive
    ('in an interview that aired Sunday on CBS's “Face the Nation.”', 'told “Good Morning
    America”', 'in an interview with “60 Minutes”') names a show or a paper, its period or comma
    inside the marks by American style: no one's words, though the sentence has a speaker."""
    if not title_words(f.text, _LONGEST_PROGRAMME, ampersand=True):
        return False  # ("Fox & Friends")
    before = masked[: f.span.mark_start]
    # 'Sullivan recalled in “I'm Feeling Lucky.”', 'wrote about the war in “The Long Road Home”':
    # a work the words are in, not words of the sentence's speaker
    return _OUTLET_BEFORE_MARK.search(before) is not None or _IN_BEFORE_MARK.search(before) is not None


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
    mayor, “…”"), and what follows the quote opens a new sentence with a capital, or a clause of
    answering in lower case ('When Vogue asked Dion, “…?” the singer answered, “…”': the one who
    answers is not the asker, and the answer's words are the next quote)."""
    opens = re.match(r"\s+[A-Z]", tail) is not None or _ANSWER_CLAUSE.match(tail) is not None
    return head.rstrip().endswith((",", ":")) and opens and SPEECH_VERB.search(last_sentence(head)) is not None


#: A lower-case clause of answering after a question: " the singer answered,", " she replied:".
_ANSWER_CLAUSE = re.compile(
    r"\s+(?:[a-z][\w’'-]*\s+){0,3}(?:answered|answers|replied|replies|responded|responds|retorted|countered)\b[^.!?]*[,:]\s*$"
)


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


def _fallback(
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
    rest = masks[f.paragraph][f.span.mark_end :]
    if same_par_prev is not None:
        # 'Clinton supports “pay raises,” opposes “pay freezes”': the subject of the whole
        # sentence, which the earlier quote split
        mention = verbless_subject(head)
        if mention is None and same_par_prev.mention is None and not last_sentence(head).strip() and len(split_masked(between.strip())) <= 1:
            # 'Early on, he lost patients and became “painfully aware” of the risk. “When …”': the
            # earlier quote is a phrase of the sentence before, whose subject the lone quote is
            # read from as when it stands alone
            mention = lone_quote_subject(head, rest)
        return (mention, None) if proper(mention) else (None, None)
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
    if opens_new_entry(blocks[f.paragraph].text):
        return None, None  # a live blog's entry ('3:40 p.m.: “…”'): the entries around it are others
    previous = masks.get(f.paragraph - 1) if blocks[f.paragraph - 1 : f.paragraph] and blocks[f.paragraph - 1].kind == "paragraph" else None
    if nxt < len(blocks) and blocks[nxt].kind == "paragraph":
        mention, verb = next_paragraph_speaker(masks[f.paragraph], masks[nxt])
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
                if mention.kind != "name" or registry.fullest(earlier.text, pos, ahead=True) != registry.fullest(mention.text, pos, ahead=True):
                    return None, None
            return mention, verb
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


def _blank_quotes(body: str, found: list[Found]) -> str:
    """The body with quoted words blanked: a "she" inside a quote says nothing of its speaker. A
    quote's closing period stays, so the sentence it ends still ends there: "Tom Kline, her
    opponent, said the race was “far from over.” She added: …" gives Kline no "she" vote."""
    parts, at = [], 0
    for f in found:
        kept = len(f.text) - len(f.text.rstrip(".!?"))
        parts += [body[at : f.start], " " * (len(f.text) - kept), f.text[len(f.text) - kept :]]
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
        parse_speakers(blocks, found, options)
    for f in found:
        if f.mention is not None and f.mention.kind == "name" and registry.is_proper_name(f.mention.text, f.start):
            registry.add_person(registry.fullest(f.mention.text, f.start + 1))
    registry.learn_genders(_blank_quotes(body, found))
    resolve_speakers(blocks, found, masks, registry)
    echo_headline_speakers(blocks, found, registry, body)
    quotes: list[Quote] = []
    mentions: list[str | None] = []
    for f in found:
        par = blocks[f.paragraph].text
        words = len(WORD.findall(f.text))
        before = par[max(0, f.span.mark_start - 2) : f.span.mark_start]
        embedded = bool(re.search(r"[a-z]\s?$", before))  # 'was "playing with fire"'
        if title_cased(f.text) and f.mention is None:
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
