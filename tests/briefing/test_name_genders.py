"""``NameRegistry.learn_genders``: a sentence votes only when its subject is the one person it
names and it uses one kind of subject pronoun (self-written cases; the pronoun test runs before
the subject is read, so these pin that the order changes nothing)."""

from briefing.names import NameRegistry


def _genders(body: str, *people: str) -> dict[str, str]:
    registry = NameRegistry(body, [])
    for person in people:
        registry.add_person(person)
    registry.learn_genders(body)
    return registry.gender


def test_a_sentence_about_one_person_with_he_votes_male() -> None:
    body = "Rustem Umerov met reporters in Kyiv. Umerov said he was ready to talk."
    assert _genders(body, "Rustem Umerov") == {"Rustem Umerov": "m"}


def test_a_sentence_with_she_votes_female() -> None:
    body = "Anna Kovac spoke first at the hearing. Kovac told the panel she would not resign."
    assert _genders(body, "Anna Kovac") == {"Anna Kovac": "f"}


def test_both_pronouns_in_one_sentence_give_no_vote() -> None:
    body = "Rustem Umerov met reporters in Kyiv. Umerov said he and she had agreed."
    assert _genders(body, "Rustem Umerov") == {}


def test_no_pronoun_gives_no_vote() -> None:
    body = "Rustem Umerov met reporters in Kyiv. Umerov said the talks had ended."
    assert _genders(body, "Rustem Umerov") == {}


def test_a_sentence_whose_subject_is_someone_else_gives_no_vote() -> None:
    body = "Rustem Umerov met reporters in Kyiv. The minister of Umerov said he was tired."
    assert _genders(body, "Rustem Umerov") == {}


def test_a_title_abbreviation_does_not_end_the_voting_sentence() -> None:
    body = "Sen. Elena Marsh opened the hearing. Sen. Elena Marsh said she would vote no."
    assert _genders(body) == {"Elena Marsh": "f"}


def test_initials_and_stacked_titles_keep_the_subject_in_its_sentence() -> None:
    body = "Lt. Col. Ann Ford arrived late. Lt. Col. Ann Ford said she agreed. Mr. J. R. Tan waved."
    assert _genders(body) == {"Ann Ford": "f", "J. R. Tan": "m"}  # Mr. is the text's own word
