"""Build the given-name table (factcheck/text/data/given_names.tsv) from the US Census name lists.

The table tells the extractor that the first word of a name is a given name
("Esther", "Maurice"), so a name the recogniser typed as a place, an
organisation or nothing ("Esther Williams", "Maurice Cheeks") is read as a
person's, and which gender the name is mostly given to, so "he" is not read as
a woman named just before (``factcheck/extract/entities.py``).

Sources:

- the 1990 US Census lists of frequent first names (``dist.female.first``,
  ``dist.male.first``: name, frequency in per cent, cumulative frequency,
  rank), a work of the US government in the public domain, read from the files
  of the ``names`` package on PyPI (``pip install names==0.3.0``, MIT), or from
  ``--census DIR`` holding the two files;
- Universal NER's annotation of UD English EWT (``ud/uner_en_ewt-*.iob2``
  under the data root, ``../shared/data`` next to the repository or
  ``FACTCHECK_DATA``; CC BY-SA 4.0), read only to leave out the names that are
  mostly places: a name that opens a location's name there at least twice and
  more often than a person's ("Houston", "Paris", "Georgia");
- :data:`NOT_GIVEN`: census names, common enough to be kept, that are
  places Universal NER seldom names ("Lincoln Center", "Victoria Station",
  "Chelsea Football Club", "Orlando Magic").

Each line of the table is ``name<TAB>gender``: the name in lower case, and
``f`` or ``m`` when the census counts it at least ``RATIO`` times as often for
one sex as for the other (else empty: "Jean", "Kelly", "Terry"). Names
given to fewer than ``MIN_FREQUENCY`` per cent of either sex are left out. The
output is sorted and deterministic, byte for byte.

Usage: python tools/build_given_names.py [--census DIR] [--ud DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_meaning_table import data_root  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
OUT_DIR = REPO / "factcheck" / "text" / "data"
TABLE_NAME = "given_names.tsv"
LICENSE_NAME = "GIVEN-NAMES-SOURCES.md"
CENSUS_FILES = {"f": "dist.female.first", "m": "dist.male.first"}
#: How many times more often a name must be given to one sex to be that sex's.
RATIO = 10.0
#: The census frequency (per cent of people) below which a name is left out: one that
#: rare is as likely the word of a place or a firm ("Nova Scotia", "Marin County").
MIN_FREQUENCY = 0.005
#: Places that are census names and open the names of teams, squares, rivers and
#: parks, with "Santa" ("Santa Rosa"); Universal NER finds the most frequent others.
NOT_GIVEN = frozenset(
    {
        *("augusta", "aurora", "carolina", "chelsea", "columbus", "denver", "helena", "jackson"),
        *("kenya", "lincoln", "orlando", "regina", "savannah", "sierra", "victoria"),
    }
)  # fmt: skip
#: A name Universal NER opens a location's name with this often (and more often than a person's) is a place's.
PLACE_MIN = 2
UNER_GLOB = "uner_en_ewt-*.iob2"
EXIT_NO_DATA = 2


def census_dir(given: Path | None) -> Path | None:
    if given is not None:
        return given
    spec = importlib.util.find_spec("names")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


def read_census(folder: Path) -> dict[str, dict[str, float]]:
    """Name -> sex -> frequency (per cent of people)."""
    out: dict[str, dict[str, float]] = {}
    for sex, fname in CENSUS_FILES.items():
        for line in (folder / fname).read_text(encoding="ascii").splitlines():
            parts = line.split()
            if len(parts) >= 2:
                out.setdefault(parts[0].lower(), {})[sex] = float(parts[1])
    return out


def place_names(ud: Path, census: dict[str, dict[str, float]]) -> set[str]:
    """The census names that Universal NER opens a location's name with at
    least ``PLACE_MIN`` times and more often than a person's."""
    loc: dict[str, int] = {}
    per: dict[str, int] = {}
    for path in sorted(ud.glob(UNER_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or line.startswith("#"):
                continue
            word, tag = parts[1].lower(), parts[2]
            if word in census and tag in ("B-LOC", "B-PER"):
                counts = loc if tag == "B-LOC" else per
                counts[word] = counts.get(word, 0) + 1
    return {w for w, n in loc.items() if n >= PLACE_MIN and n > per.get(w, 0)}


def eligible(census: dict[str, dict[str, float]], name: str) -> bool:
    """A census name common enough for the table, written in letters only."""
    sexes = census.get(name, {})
    return name.isalpha() and max(sexes.get("f", 0.0), sexes.get("m", 0.0)) >= MIN_FREQUENCY


def build(census: dict[str, dict[str, float]], places: set[str]) -> str:
    lines = []
    for name in sorted(census):
        f, m = census[name].get("f", 0.0), census[name].get("m", 0.0)
        if name in places or not eligible(census, name):
            continue
        gender = "f" if f >= RATIO * m else "m" if m >= RATIO * f else ""
        lines.append(f"{name}\t{gender}")
    return "\n".join(lines) + "\n"


def sources_text(kept: int, dropped: list[str]) -> str:
    return "\n".join(
        [
            "# Given names: sources and licence",
            "",
            f"`{TABLE_NAME}` ({kept} names) lists the first names of the 1990 United States Census",
            "(the files `dist.female.first` and `dist.male.first` of the US Census Bureau, a work",
            "of the United States government in the public domain), as distributed in the `names`",
            "package (https://pypi.org/project/names/, MIT licence), with the gender each is",
            f"mostly given to (one sex counted at least {RATIO:g} times as often as the other);",
            f"names given to fewer than {MIN_FREQUENCY:g} per cent of either sex are left out.",
            "",
            "Left out: names that are mostly places, found with the Universal NER annotation of",
            "UD English EWT (https://www.universalner.org/, CC BY-SA 4.0: Mayhew et al., 2024,",
            "on the English Web Treebank of Silveira et al., 2014) and a short list of the build",
            "script. As the table is derived in part from that annotation, it is shared under",
            "the same licence, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/),",
            "like the parser's weights. Left out:",
            "",
            ", ".join(dropped),
            "",
            "Rebuilt by `python tools/build_given_names.py` (see its docstring).",
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--census", type=Path, default=None, help="a folder with the two census files")
    ap.add_argument(
        "--ud", type=Path, default=None, help="the folder of Universal NER's files (default: the data root's ud/)"
    )
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = ap.parse_args(argv)
    folder = census_dir(args.census)
    if folder is None or not all((folder / f).is_file() for f in CENSUS_FILES.values()):
        print("census name lists not found: pip install names==0.3.0, or pass --census DIR", file=sys.stderr)
        return EXIT_NO_DATA
    ud = args.ud or data_root() / "ud"
    if not any(ud.glob(UNER_GLOB)):
        print(f"data not found: {ud / UNER_GLOB}", file=sys.stderr)
        return EXIT_NO_DATA
    census = read_census(folder)
    places = {n for n in place_names(ud, census) | NOT_GIVEN if eligible(census, n)}
    table = build(census, places)
    kept = sum(1 for line in table.splitlines() if line)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / TABLE_NAME).write_text(table, encoding="utf-8")
    (args.out / LICENSE_NAME).write_text(sources_text(kept, sorted(places)), encoding="utf-8")
    print(f"{kept} given names written to {args.out / TABLE_NAME}; {len(places)} left out as places")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
