""" "It" is not read as a name. After a sentence about a named company, "it"
is as often what the company bought, built or launched ("Acme Corp opened a
factory. It will hire 500 workers."), and a reporting subject is not always
what "it" is ("A missile struck Easton. The Northvale Army said it killed
12 people."): giving "it" the named subject made these pairs, which do not
disagree, into findings. They stay without one."""

from __future__ import annotations

import pytest
from conftest import findings_of_two


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        (
            "Acme Corp bought the Zephyr brand on Monday. It was founded in 1995.",
            "Acme Corp was founded in 1962.",
            "FC002",
        ),
        (
            "Acme Corp opened a new factory in Northvale. It will hire 500 workers.",
            "Acme Corp will hire 3,000 workers this year.",
            "FC003",
        ),
        (
            "A missile struck Easton on Monday. The Northvale Army said it killed 12 people.",
            "The Northvale Army said it killed 40 people in a strike on a base on Monday.",
            "FC003",
        ),
        (
            "Acme Corp recalled 40,000 Zephyr cars on Monday. It did not meet safety rules.",
            "Acme Corp met safety rules, regulators said.",
            "FC004",
        ),
        (
            'Acme Corp agreed to buy Borealis Inc on Monday. "A great day," it said.',
            'Acme Corp agreed to buy Borealis Inc on Monday. "A sad day," Acme Corp said.',
            "FC005",
        ),
    ],
)
def test_what_it_stands_for_is_not_guessed(ruleset, tmp_path, a, b, rule):
    assert not findings_of_two(ruleset, tmp_path, a, b, rule)
