"""Person keys: the forms news uses for one person merge; different people stay apart."""

from __future__ import annotations

import pytest

from briefing.people import (
    PersonKey,
    close_names,
    fold,
    owner,
    parse_query,
    person_key,
    select_firsts,
    speaker_keys,
)


def key(speaker: str) -> tuple[str, str, str] | None:
    found = person_key(speaker)
    return None if found is None else (found.kind, found.first, found.surname)


# Each group: forms one article or several articles use for the same person.
SAME_PERSON = [
    ["Defence Minister Rustem Umerov", "Rustem Umerov", "RUSTEM Umerov",
     "Minister Rustem Umerov", "Ukraine's defence minister Rustem Umerov"],
    ["Sen. Ron Wyden (D-Ore.)", "Ron Wyden", "Senator Ron Wyden", "Sen. Ron Wyden, a Democrat"],
    ["Secretary of State Marco Rubio", "Marco Rubio", "U.S. Secretary of State Marco Rubio"],
    ["Lt. Col. Jane Roe", "Jane Roe", "Dr. Jane Roe", "Jane Roe, a policy director"],
    ["Martin Luther King Jr.", "Martin Luther King", "the Rev. Martin Luther King Jr."],
    ["Hillary Rodham Clinton", "Hillary Clinton", "former Secretary Hillary Clinton"],
    ["Ursula von der Leyen", "Commission President Ursula von der Leyen"],
    ["Łukasz Kowalski", "Lukasz Kowalski", "ŁUKASZ KOWALSKI"],
    ["Rubén del Campo", "Ruben del Campo", "AEMET spokesman Rubén del Campo"],
    ["Bashar al-Assad", "President Bashar al-Assad"],
    ["Seán O’Brien", "Sean O'Brien"],
    ["Jean-Claude Juncker", "Mr. Jean-Claude Juncker"],
    ["the journalist Olivia Messer", "Olivia Messer", "economist Olivia Messer"],
    ["Mohammed bin Salman", "Crown Prince Mohammed bin Salman", "Saudi Crown Prince Mohammed bin Salman"],
    ["Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi, the group's leader"],
    ["Xi Jinping", "Chinese President Xi Jinping", "President Xi Jinping"],
    ["Kim Jong Un", "Kim Jong-un", "North Korean leader Kim Jong Un"],
    ["Robert “Bobby” Scott", 'Robert "Bobby" Scott', "Rep. Robert “Bobby” Scott", "Robert Scott"],
]  # fmt: skip

BARE_SURNAME = [
    ("Umerov", "umerov"), ("Mr. Umerov", "umerov"), ("Mr Umerov", "umerov"),
    ("Minister Umerov", "umerov"), ("Mrs. Okafor", "okafor"), ("Dr Okafor", "okafor"),
    ("von der Leyen", "leyen"), ("Assad", "assad"), ("Campo", "campo"), ("O’Brien", "o'brien"),
    ("Gen. Syrskyi", "syrskyi"), ("Prof. Otto", "otto"),
    ("al-Baghdadi", "baghdadi"), ("el-Sisi", "sisi"), ("Xi", "xi"), ("President Xi", "xi"), ("bin Salman", "salman"),
]  # fmt: skip

GROUPS = [
    ("the ministry", "ministry"), ("the Ministry", "ministry"),
    ("Russia's defence ministry", "russia's defence ministry"),
    ("Russia’s defence ministry", "russia's defence ministry"),
    ("the Kremlin", "kremlin"), ("Kremlin", "kremlin"), ("the SBU", "sbu"), ("SBU", "sbu"),
    ("OPEC", "opec"), ("Zelensky's office", "zelensky's office"),
    ("the White House", "white house"), ("Chatham House", "chatham house"),
    ("the ministry's statement", "ministry"), ("a court filing", "court"),
    ("Ukrainian officials", "ukrainian officials"), ("the central bank", "central bank"),
    ("Procter & Gamble", "procter gamble"),  # a firm, not Mr. Gamble
]  # fmt: skip

NOBODY = ["", "   ", "a spokesperson", "the minister", "Minister", "officials", "analysts",
          "a statement", "one official", "the spokesman", "he", "—", "de"]  # fmt: skip


@pytest.mark.parametrize("forms", SAME_PERSON, ids=lambda forms: forms[0])
def test_forms_of_one_person_share_a_key(forms: list[str]) -> None:
    keys = {key(f) for f in forms}
    assert len(keys) == 1, keys
    [(kind, first, surname)] = keys
    assert kind == "person" and first and surname


@pytest.mark.parametrize(("speaker", "surname"), BARE_SURNAME)
def test_bare_surname_forms_key_on_the_surname_alone(speaker: str, surname: str) -> None:
    assert key(speaker) == ("person", "", surname)


def test_titles_are_stripped_from_the_display_name() -> None:
    found = person_key("Defence Minister Rustem Umerov")
    assert found is not None and found.name == "Rustem Umerov"
    found = person_key("Mr. Umerov")
    assert found is not None and found.name == "Umerov"


def test_people_sharing_a_surname_stay_apart() -> None:
    assert key("John Smith") != key("Jane Smith")
    assert key("President George Bush") == key("George Bush")
    assert key("Rustem Umerov") != key("Rustam Umerov")
    assert key("Rustem Umerov")[2] == key("Rustam Umerov")[2]  # same surname, other person


def test_initials_key_on_the_first_letter() -> None:
    assert key("J. R. Smith") == ("person", "j", "smith")
    assert key("A.J. Smith") == ("person", "a", "smith")
    assert key("J Smith") == ("person", "j", "smith")


def test_capital_particle_before_one_word_is_a_first_name() -> None:
    assert key("Al Gore") == ("person", "al", "gore")
    assert key("Van Morrison") == ("person", "van", "morrison")


@pytest.mark.parametrize(("speaker", "phrase"), GROUPS)
def test_organisations_and_documents_get_group_keys(speaker: str, phrase: str) -> None:
    assert key(speaker) == ("group", "", phrase)


@pytest.mark.parametrize(
    ("speaker", "phrase"),
    [
        ("Doctors Without Borders", "doctors without borders"),  # not Mr. Borders
        ("Mothers Against Drunk Driving", "mothers against drunk driving"),
        ("Veterans For Peace", "veterans for peace"),
        ("Americans for Prosperity", "americans for prosperity"),
        ("the Center for American Progress", "center for american progress"),
        ("Students for a Democratic Society", "students for a democratic society"),
        ("Citizens for Responsibility and Ethics in Washington", "citizens for responsibility and ethics in washington"),
        ("the U.S. Chamber of Commerce", "u.s. chamber of commerce"),
        ("the Committee to Protect Journalists", "committee to protect journalists"),
        ("the ACLU of Texas", "aclu of texas"),
        ("Bank of America", "bank of america"),
        ("S&P Global", "s&p global"),
        ("AT&T", "at&t"),
    ],
)
def test_organisations_named_with_function_words_are_one_group(speaker: str, phrase: str) -> None:
    """Organisation speakers whose names hold prepositions, written in capitals or not: one group
    each (what the quote finder writes for "Americans for Prosperity said")."""
    assert key(speaker) == ("group", "", phrase)


def test_a_role_with_a_preposition_still_names_its_holder() -> None:
    assert key("Secretary of State John Kerry") == ("person", "john", "kerry")
    assert key("Speaker of the House Paul Ryan") == ("person", "paul", "ryan")


def test_group_display_keeps_the_article_words() -> None:
    found = person_key("the ministry")
    assert found is not None and found.name == "the ministry" and found.key == "group:ministry"


@pytest.mark.parametrize("speaker", NOBODY)
def test_roles_that_name_nobody_get_no_key(speaker: str) -> None:
    assert person_key(speaker) is None


def test_a_person_named_after_a_lower_case_role_is_the_person() -> None:
    assert key("ministry spokesman Ivan Petrov") == ("person", "ivan", "petrov")
    assert key("a spokesman for the ministry") == ("group", "", "spokesman for the ministry")


def test_fold_removes_case_accents_and_curly_apostrophes() -> None:
    assert fold("Łukasz Ó’Súilleabháin Ærø") == "lukasz o'suilleabhain aero"


# --- what users type -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "first", "surname"),
    [
        ("Umerov", "", "umerov"), ("umerov", "", "umerov"), ("Rustem Umerov", "rustem", "umerov"),
        ("rustem umerov", "rustem", "umerov"), ("mr umerov", "", "umerov"),
        ("Defence Minister Rustem Umerov", "rustem", "umerov"), ("  Rustem   Umerov ", "rustem", "umerov"),
        ("von der leyen", "", "leyen"), ("de gaulle", "", "gaulle"), ("al gore", "", "gore"),
        ("J. Smith", "j", "smith"),
    ],
)  # fmt: skip
def test_queries_read_case_insensitively(typed: str, first: str, surname: str) -> None:
    query = parse_query(typed)
    assert query is not None and query.person is not None
    assert (query.person.first, query.person.surname) == (first, surname)


def test_query_is_also_read_as_an_organisation() -> None:
    for typed in ("the ministry", "Ministry", "ministry"):
        query = parse_query(typed)
        assert query is not None and query.group == "ministry"


@pytest.mark.parametrize("typed", ["", "   ", "🔥💥", "!!!", "123 456", "\u200b", "— –"])
def test_nothing_name_like_is_no_query(typed: str) -> None:
    assert parse_query(typed) is None


@pytest.mark.parametrize(
    "typed", ["<b>Umerov</b>", "'; DROP TABLE quotes; --", '"a" NEAR(b) OR title:*', "x" * 4000,
              "Umerov 🔥", "a\x00b", "\u202eevil\u202c", "%_\\"],
)  # fmt: skip
def test_hostile_queries_parse_to_plain_strings(typed: str) -> None:
    query = parse_query(typed)
    if query is not None:
        assert len(query.text) <= 200
        assert query.person is None or isinstance(query.person, PersonKey)


# --- joining rows of one surname across articles ---------------------------------------------


def P(first: str) -> PersonKey:
    return PersonKey("person", "smith", first)


def test_bare_surname_joins_the_only_person_of_that_surname() -> None:
    assert owner("", {"rustem", ""}) == "rustem"
    assert select_firsts(P("rustem"), {"rustem", ""}) == {"rustem", ""}
    assert select_firsts(P(""), {"rustem", ""}) == {"rustem", ""}


def test_bare_surname_joins_nobody_when_two_people_share_it() -> None:
    known = {"john", "jane", ""}
    assert owner("", known) == ""
    assert select_firsts(P("john"), known) == {"john"}
    assert select_firsts(P("jane"), known) == {"jane"}
    assert select_firsts(P(""), known) == {""}


def test_initial_joins_the_only_person_it_fits() -> None:
    assert owner("j", {"john", "mary", "j"}) == "john"
    assert select_firsts(P("john"), {"john", "mary", "j"}) == {"john", "j"}
    assert select_firsts(P("j"), {"john", "mary", "j"}) == {"john", "j"}
    assert owner("j", {"john", "jane", "j"}) == "j"
    assert select_firsts(P("john"), {"john", "jane", "j"}) == {"john"}


def test_unknown_first_name_asks_for_itself_only() -> None:
    assert select_firsts(P("mary"), {"john", ""}) == {"mary"}
    assert select_firsts(P("mary"), set()) == {"mary"}


def test_bare_query_without_full_names_sees_only_bare_rows_when_initials_differ() -> None:
    assert select_firsts(P(""), {"j", "k", ""}) == {""}
    assert select_firsts(P(""), {""}) == {""}


def test_close_names_catch_typos_prefixes_and_first_names() -> None:
    names = ["Rustem Umerov", "Volodymyr Zelensky", "Christine Lagarde", "Jensen Huang"]
    assert close_names("Umarov", names) == ["Rustem Umerov"]
    assert close_names("Zelenskyy", names) == ["Volodymyr Zelensky"]
    assert close_names("Rustem", names) == ["Rustem Umerov"]
    assert close_names("Lagar", names) == ["Christine Lagarde"]
    assert close_names("Smith", names) == []
    assert close_names("", names) == []


@pytest.mark.parametrize(
    ("speaker", "people"),
    [
        ("Ed Kline and Rosa Diaz", ["ed kline", "rosa diaz"]),
        ("Sens. Ron Wyden and Jeff Merkley", ["ron wyden", "jeff merkley"]),
        ("Ed Kline, Rosa Diaz and Tom Ng", ["ed kline", "rosa diaz", "tom ng"]),
        ("Ed Kline and Ed Kline", ["ed kline"]),
        ("Rustem Umerov", ["rustem umerov"]),
        ("Sen. Ron Wyden, a Democrat", ["ron wyden"]),
        # two first names and the surname they share: a couple
        ("David and Jeanne Heidler", ["david heidler", "jeanne heidler"]),
        ("Bill and Melinda Gates", ["bill gates", "melinda gates"]),
        ("Procter and Gamble Co", ["group:procter and gamble co"]),
        # one speaker: firms named like people, bare surnames, a person with a description
        ("Marks and Spencer", ["group:marks and spencer"]),
        ("Johnson and Johnson", ["group:johnson and johnson"]),
        ("Kline and Diaz", ["group:kline and diaz"]),
        ("Ed Kline and his wife", ["group:ed kline and his wife"]),
        ("Procter & Gamble", ["group:procter gamble"]),
        ("a spokesperson", []),
        (None, []),
    ],
)
def test_a_joint_speaker_is_each_of_its_people(speaker: str | None, people: list[str]) -> None:
    assert [k.key for k in speaker_keys(speaker)] == people


def test_chinese_and_korean_names_key_on_the_family_name_written_first() -> None:
    """ "Xi Jinping" is Mr. Xi: the bare "Xi" joins him as "Umerov" joins Rustem Umerov; a Western
    name opening with such a word ("Kim Davis", "Lee Zeldin") keeps its order."""
    assert key("Xi Jinping") == ("person", "jinping", "xi")
    assert key("Lee Jae-myung") == ("person", "jaemyung", "lee")
    assert key("Kim Davis") == ("person", "kim", "davis")
    assert key("Lee Zeldin") == ("person", "lee", "zeldin")
    query = parse_query("xi jinping")
    assert query is not None and query.person is not None
    assert (query.person.first, query.person.surname) == ("jinping", "xi")


def test_a_quoted_nickname_is_no_part_of_the_name() -> None:
    found = person_key("Rep. Robert “Bobby” Scott")
    assert found is not None and found.name == "Robert Scott"
    found = person_key("Dwayne “The Rock” Johnson")
    assert found is not None and found.name == "Dwayne Johnson"


def test_a_crown_prince_is_a_title() -> None:
    assert person_key("the Crown Prince") is None
    found = person_key("Saudi Crown Prince Mohammed bin Salman")
    assert found is not None and found.name == "Mohammed bin Salman"
