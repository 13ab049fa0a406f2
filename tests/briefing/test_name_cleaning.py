"""clean_name: titles are cut from a run of capitals, plural abbreviated titles included."""

import pytest

from briefing.name_cleaning import clean_name


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Sen. Ada Orwell", "Ada Orwell"),
        ("Sens. Ada Orwell", "Ada Orwell"),  # "Sens. Ada Orwell and Tom Fenn said"
        ("Reps. Carl Benning", "Carl Benning"),
        ("Govs. Ana Ruiz", "Ana Ruiz"),
        ("Drs. Mia Korver", "Mia Korver"),
        ("Martin Luther King", "Martin Luther King"),  # a title inside a name stays
    ],
)
def test_titles_are_cut_from_names(run: str, name: str) -> None:
    assert clean_name(run) == name
