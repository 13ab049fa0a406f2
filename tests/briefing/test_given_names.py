"""The given-name and title lexicon (``briefing/given_names.py``) and how ``NameRegistry.gender_of``
ranks it below the text's own evidence (self-written names and texts)."""

from briefing.given_names import GIVEN_NAME_GENDER, given_name_gender
from briefing.names import NameRegistry


def test_an_unambiguous_given_name_opening_a_full_name_tells_the_gender() -> None:
    assert given_name_gender("Hillary Dunmore") == "f"
    assert given_name_gender("Ted Harlan") == "m"
    assert given_name_gender("Volodymyr Kostenko") == "m"
    assert given_name_gender("Ursula von der Leyden") == "f"


def test_case_and_a_trailing_dot_do_not_matter() -> None:
    assert given_name_gender("KAREN HOLT") == "f"
    assert given_name_gender("Sister Alma Reyes") == "f"


def test_hyphenated_given_names_are_read_whole() -> None:
    assert given_name_gender("Jean-Luc Marchand") == "m"
    assert given_name_gender("Anne-Marie Duval") == "f"
    assert given_name_gender("Jean-Baptiste Okafor") is None  # not listed, and "Jean" alone says nothing


def test_a_name_of_one_word_is_a_surname_and_says_nothing() -> None:
    assert given_name_gender("Warren") is None  # Elizabeth Warren
    assert given_name_gender("Christie") is None  # Chris Christie
    assert given_name_gender("") is None


def test_names_used_for_both_genders_are_not_listed() -> None:
    for name in ("jordan", "taylor", "morgan", "kelly", "leslie", "jamie", "robin", "dana", "jean",
                 "andrea", "nicola", "sasha", "alex", "chris", "lindsey", "kim"):  # fmt: skip
        assert name not in GIVEN_NAME_GENDER, name
    assert given_name_gender("Jordan Ellis") is None


def test_no_name_is_listed_for_both_genders() -> None:
    assert all(gender in {"m", "f"} for gender in GIVEN_NAME_GENDER.values())
    assert given_name_gender("Francis Oyelaran") == "m" and given_name_gender("Frances Oyelaran") == "f"


def _registry(body: str, *people: str) -> NameRegistry:
    registry = NameRegistry(body, [])
    for person in people:
        registry.add_person(person)
    registry.learn_genders(body)
    return registry


def test_the_text_evidence_beats_the_given_name() -> None:
    body = "Glenn Harper spoke first. Harper said she would run again."
    registry = _registry(body, "Glenn Harper")
    assert registry.gender_of("Glenn Harper") == "f"


def test_the_given_name_answers_when_the_text_is_silent_but_proves_nothing() -> None:
    registry = _registry("Hillary Dunmore spoke to voters in Iowa on Monday.")
    assert registry.gender_of("Hillary Dunmore") == "f"
    assert "Hillary Dunmore" not in registry.gender  # not the text's evidence: no known_person
    assert "Hillary Dunmore" not in registry.persons


def test_a_gendered_title_is_read_for_the_name_it_precedes() -> None:
    registry = _registry("Queen Margrethe opened the exhibition. Father Tomas Brenner blessed it.")
    assert registry.gender_of("Margrethe") == "f"
    assert registry.gender_of("Tomas Brenner") == "m"
    assert "Margrethe" not in registry.gender


def test_common_spanish_given_names_with_and_without_accents() -> None:
    """A Spanish-speaking subject's given name tells the gender a "she" or "he" needs ("Juanita
    Brady …. “…,” she said" is no one when the walk-back cannot tell her from a man named since);
    names borne by both (Guadalupe, Rosario) stay unknown."""
    assert [given_name_gender(f"{n} Ortega") for n in ("Juanita", "Pilar", "Rocío", "Rocio", "Begoña")] == ["f"] * 5
    assert [given_name_gender(f"{n} Ortega") for n in ("Andrés", "Andres", "Tomás", "Tomas", "Vicente")] == ["m"] * 5
    assert given_name_gender("Guadalupe Ortega") is None and given_name_gender("Rosario Ortega") is None
    assert given_name_gender("Jesus Christ") is None  # "the Church of Jesus Christ of …" is no person's
