"""How the figures of one slot, from several articles, are grouped into
values: a claim joins a group only when it agrees with every claim in it, and
whole exact figures seed the groups before parts and hedged ones; values told
each in articles older than the next are a later update."""

from __future__ import annotations

from conftest import findings_of

from factcheck.extract.quantities import extract_quantities


def _values(found) -> set[tuple[str, str]]:
    return {(c.article, c.value) for c in found.claims}


def test_a_part_does_not_join_two_wholes_that_differ(ruleset, tmp_path):
    # "150 residents" admits any whole of 150 or more; seeding a group it held "nearly 300" and "200 people"
    articles = [
        ("Nearly 300 people were evacuated from the Eastmere tower on Monday.", "2025-03-10"),
        ("150 residents were evacuated from the Eastmere tower on Monday.", "2025-03-10"),
        ("200 people were evacuated from the Eastmere tower on Monday.", "2025-03-10"),
    ]
    (found,) = findings_of(ruleset, tmp_path, articles, "FC003")
    assert found.label == "contradiction"
    sides = {c.article: c.side for c in found.claims}
    assert sides["a"] != sides["c"]  # nearly 300 against 200 people


def test_a_hedged_figure_joins_one_group_only_if_it_agrees_with_all_of_it(ruleset, tmp_path):
    articles = [
        ("Some 40 people were killed in the Northvale blast.", "2025-03-10"),
        ("42 people were killed in the Northvale blast.", "2025-03-10"),
        ("38 people were killed in the Northvale blast.", "2025-03-10"),
    ]
    (found,) = findings_of(ruleset, tmp_path, articles, "FC003")
    sides = {c.article: c.side for c in found.claims}
    assert sides["b"] != sides["c"]


def test_a_toll_told_as_it_rose_is_a_later_update(ruleset, tmp_path):
    articles = [
        ("At least 15 people have died in the Northvale floods.", "2025-03-10"),
        ("17 people have died in the Northvale floods.", "2025-03-10"),
        ("About 20 people have died in the Northvale floods.", "2025-03-11"),
        ("23 people have died in the Northvale floods.", "2025-03-12"),
    ]
    (found,) = findings_of(ruleset, tmp_path, articles, "FC003")
    assert found.label == "later update"
    assert _values(found) >= {("b", "17 people"), ("c", "20 people"), ("d", "23 people")}


def test_three_values_on_one_day_are_no_update(ruleset, tmp_path):
    articles = [
        ("17 people have died in the Northvale floods.", "2025-03-10"),
        ("20 people have died in the Northvale floods.", "2025-03-10"),
        ("23 people have died in the Northvale floods.", "2025-03-10"),
    ]
    (found,) = findings_of(ruleset, tmp_path, articles, "FC003")
    assert found.label == "contradiction"


def test_a_percent_sign_and_per_cent_are_one_unit(ruleset, tmp_path):
    same = [("Turnout in Northvale was 60%.", "2025-03-10"), ("Turnout in Northvale was 60 per cent.", "2025-03-10")]
    assert findings_of(ruleset, tmp_path, same, "FC003") == []
    other = tmp_path / "other"
    other.mkdir()
    differ = [("Turnout in Northvale was 60%.", "2025-03-10"), ("Turnout in Northvale was 65 per cent.", "2025-03-10")]
    (found,) = findings_of(ruleset, other, differ, "FC003")
    assert _values(found) == {("a", "60%"), ("b", "65 per cent")}


def test_thousands_cut_off_by_a_space_are_one_figure():
    def read(t: str) -> list[tuple[str, float]]:
        return [(q.text, q.value) for q in extract_quantities("t", t, start=0, end=len(t))]

    assert read("It cost $5, 000 to fix.") == [("$5, 000", 5000.0)]
    assert read("Some 1, 500 people came.") == [("1, 500 people", 1500.0)]
    assert ("200 people", 200.0) in read("In 2008, 200 people died.")  # a year is no thousands
    assert read("The scores were 1, 2, 300 and 4.") == []  # a list


def test_a_yearly_sum_written_with_hyphens_is_a_rate(ruleset, tmp_path):
    # "$20 million-a-year" is per year, not the contract's whole value
    yearly = "Tom Reyes signed a $20 million-a-year contract with the Northvale Hawks."
    total = "Tom Reyes signed a $100 million contract with the Northvale Hawks."
    assert findings_of(ruleset, tmp_path, [(yearly, "2025-03-10"), (total, "2025-03-10")], "FC003") == []
    other = tmp_path / "other"
    other.mkdir()
    more = "Tom Reyes signed a $25 million-a-year contract with the Northvale Hawks."
    (found,) = findings_of(ruleset, other, [(yearly, "2025-03-10"), (more, "2025-03-10")], "FC003")
    assert {(c.article, c.value) for c in found.claims} == {("a", "$20 million"), ("b", "$25 million")}
