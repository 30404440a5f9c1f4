"""``factcheck check`` and ``factcheck baseline``: the CI gate, end to end in a
temporary git repository."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, write_article

from factcheck.cli import main
from factcheck.report.github import annotation, escape_data, escape_property, render_github

REPORT_SCHEMA = SHARED / "contracts" / "report.schema.json"

STRIKE_120 = (
    "Parents scrambled for child care.\n\nThe teachers' strike closed 120 schools across the province on Monday.\n"
)
STRIKE_150 = "A long day for families.\n\nThe teachers' strike closed 150 schools across the province on Monday.\n"
BUDGET_3 = "The city council approved the new stadium budget on March 3, 2024, after a long debate.\n"
BUDGET_5 = "The city council approved the new stadium budget on March 5, 2024, after a long debate.\n"
QUOTE = '"We will rebuild every home in this valley," Mayor Lena Ortiz said on Sunday.\n'


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo), "GIT_TERMINAL_PROMPT": "0"}
    out = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository with a committed corpus of three articles in stories/,
    the working directory set to its root (as in CI)."""
    root = tmp_path / "newsroom"
    stories = root / "stories"
    stories.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    write_article(stories, "strike-daily", STRIKE_120, "2024-05-06", outlet="Daily One")
    write_article(stories, "council-times", BUDGET_3, "2024-03-10", outlet="Two Times")
    write_article(stories, "flood-post", QUOTE, "2025-06-02", outlet="The Post")
    (stories / "README.md").write_text("# Our stories\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "corpus")
    monkeypatch.chdir(root)
    return root


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_conflicting(repo: Path) -> Path:
    return write_article(repo / "stories", "strike-wire", STRIKE_150, "2024-05-06", outlet="Wire")


def add_consistent(repo: Path) -> Path:
    return write_article(repo / "stories", "strike-agrees", STRIKE_120, "2024-05-06", outlet="Agrees")


# ----------------------------------------------------------------------------- exit codes and text


def test_new_conflicting_article_fails_with_the_finding(repo, capsys):
    new = add_conflicting(repo)
    code, out, err = run(
        capsys, "check", str(new.relative_to(repo)), "--corpus", "stories", "--fail-on", "warning", "--no-color"
    )
    assert code == 1, err
    assert "FC003" in out and "statement.number-differs" in out
    assert "strike-wire:7" in out and "strike-daily:7" in out
    assert "150 schools" in out and "120 schools" in out
    assert "Checked 1 new or changed article against 3 corpus articles" in out
    assert "Result: FAIL: 1 new finding at or above warning" in out
    # only the articles of the findings are listed, not the whole corpus
    assert "council-times" not in out


def test_fail_on_threshold(repo, capsys):
    new = add_conflicting(repo)
    args = ["check", str(new), "--corpus", "stories", "--no-cache"]
    # the shipped FC003 gives a contradiction a warning: the default threshold (warning) fails on it
    code, out, _ = run(capsys, *args)
    assert code == 1
    assert "WARNING FC003" in out and "contradiction" in out
    assert run(capsys, *args, "--fail-on", "info")[0] == 1
    assert run(capsys, *args, "--fail-on", "never")[0] == 0
    code, out, _ = run(capsys, *args, "--fail-on", "error")
    assert code == 0
    assert "Result: pass: no new finding at or above error (1 finding below it)" in out
    # a rules folder where FC003 is an error fails at --fail-on error
    rules = repo / "myrules"
    shutil.copytree(ROOT / "rules", rules)
    fc003 = rules / "FC003.yaml"
    fc003.write_text(
        fc003.read_text(encoding="utf-8").replace("severity: warning", "severity: error", 1), encoding="utf-8"
    )
    code, out, _ = run(capsys, *args, "--rules", str(rules), "--fail-on", "error")
    assert code == 1
    assert "ERROR FC003" in out


def test_consistent_article_passes(repo, capsys):
    new = add_consistent(repo)
    code, out, err = run(capsys, "check", str(new), "--corpus", "stories", "--fail-on", "info", "--no-color")
    assert code == 0, out + err
    assert "No conflicts found." in out
    assert "Result: pass" in out


def test_only_findings_involving_new_articles_are_reported(repo, capsys):
    # an old conflict already in the corpus (council dates) is not the new article's business
    write_article(repo / "stories", "council-wire", BUDGET_5, "2024-03-10")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "old conflict")
    code, out, _ = run(capsys, "run", "stories", "--format", "json")
    assert any(f["rule"] == "FC002" for f in json.loads(out)["findings"])  # the corpus does hold it

    new = add_consistent(repo)
    code, out, _ = run(capsys, "check", str(new), "--corpus", "stories", "--fail-on", "info", "--format", "json")
    assert code == 0
    assert json.loads(out)["findings"] == []

    new = add_conflicting(repo)
    code, out, _ = run(capsys, "check", str(new), "--corpus", "stories", "--fail-on", "info", "--format", "json")
    data = json.loads(out)
    assert code == 1
    # the new article disagrees with both strike reports: one finding, both reports
    # in one value group; the old council conflict stays out
    assert [f["rule"] for f in data["findings"]] == ["FC003"]
    assert all(any(c["article"] == "strike-wire" for c in f["claims"]) for f in data["findings"])
    others = {c["article"] for f in data["findings"] for c in f["claims"]} - {"strike-wire"}
    assert others == {"strike-daily", "strike-agrees"}


# ----------------------------------------------------------------------------- JSON


@pytest.mark.data
def test_json_output_follows_the_report_schema(repo, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    if not REPORT_SCHEMA.exists():
        pytest.skip("shared report schema not available")
    new = add_conflicting(repo)
    code, out, _ = run(capsys, "check", str(new), "--corpus", "stories", "--format", "json", "--fail-on", "warning")
    assert code == 1
    data = json.loads(out)
    jsonschema.validate(data, json.loads(REPORT_SCHEMA.read_text(encoding="utf-8")))
    (finding,) = data["findings"]
    assert finding["rule"] == "FC003"
    by_article = {c["article"]: c for c in finding["claims"]}
    assert by_article["strike-wire"]["value"] == "150 schools"
    assert by_article["strike-daily"]["value"] == "120 schools"
    assert by_article["strike-wire"]["line"] == 7
    paths = {a["id"]: a["path"] for a in data["articles"]}
    assert paths == {"strike-wire": "stories/strike-wire.md", "strike-daily": "stories/strike-daily.md"}
    assert data["check"]["new_articles"] == ["strike-wire"]
    assert data["check"]["failed"] is True


# ----------------------------------------------------------------------------- --since


def test_since_finds_committed_and_untracked_articles(repo, capsys):
    git(repo, "checkout", "-q", "-b", "feature")
    new = add_conflicting(repo)
    git(repo, "add", str(new))
    git(repo, "commit", "-q", "-m", "new story")
    code, out, err = run(
        capsys, "check", "--since", "main", "--corpus", "stories", "--fail-on", "warning", "--format", "json"
    )
    assert code == 1, err
    assert json.loads(out)["check"]["new_articles"] == ["strike-wire"]

    # an untracked article is found too; README is not an article
    add_consistent(repo)
    (repo / "stories" / "README.md").write_text("# Our stories, edited\n", encoding="utf-8")
    code, out, _ = run(
        capsys, "check", "--since", "main", "--corpus", "stories", "--fail-on", "warning", "--format", "json"
    )
    assert sorted(json.loads(out)["check"]["new_articles"]) == ["strike-agrees", "strike-wire"]

    # nothing changed since HEAD but the untracked article and the README
    # (it joins a side of the committed 120-or-150 contradiction, a warning: below --fail-on error)
    code, out, _ = run(
        capsys, "check", "--since", "HEAD", "--corpus", "stories", "--format", "json", "--fail-on", "error"
    )
    assert code == 0
    assert json.loads(out)["check"]["new_articles"] == ["strike-agrees"]


def test_since_modified_article(repo, capsys):
    path = repo / "stories" / "strike-daily.md"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nThe strike closed 150 schools, officials later said.\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "check", "--since", "HEAD", "--corpus", "stories", "--format", "json")
    assert code == 0
    assert json.loads(out)["check"]["new_articles"] == ["strike-daily"]


def test_since_with_nothing_changed(repo, capsys):
    code, out, _ = run(capsys, "check", "--since", "HEAD", "--corpus", "stories")
    assert code == 0
    assert "No new or changed articles to check." in out


@pytest.mark.parametrize("ref", ["no-such-branch", "HEAD~5"])
def test_since_bad_ref_is_a_usage_error(repo, capsys, ref):
    code, out, err = run(capsys, "check", "--since", ref, "--corpus", "stories")
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("factcheck: error: --since: unknown git revision")


def test_since_outside_a_repository_is_a_usage_error(tmp_path, capsys, monkeypatch):
    corpus = tmp_path / "plain"
    corpus.mkdir()
    write_article(corpus, "a", STRIKE_120, "2024-05-06")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, _, err = run(capsys, "check", "--since", "HEAD", "--corpus", str(corpus))
    assert code == 2
    assert err.count("\n") == 1 and "not inside a git repository" in err


# ----------------------------------------------------------------------------- baseline


def test_baseline_suppresses_accepted_findings_across_line_shifts(repo, capsys, tmp_path):
    new = add_conflicting(repo)
    base = tmp_path / "baseline.json"
    code, _, err = run(capsys, "baseline", "--corpus", "stories", "-o", str(base))
    assert code == 0, err
    entries = json.loads(base.read_text(encoding="utf-8"))["findings"]
    assert [e["rule"] for e in entries] == ["FC003"]
    assert entries[0]["articles"] == ["strike-daily", "strike-wire"]

    # the accepted finding moves down three lines: still the same finding
    new.write_text(new.read_text(encoding="utf-8").replace("A long day", "\n\n\nA long day"), encoding="utf-8")
    code, out, err = run(
        capsys,
        "check",
        str(new),
        "--corpus",
        "stories",
        "--baseline",
        str(base),
        "--fail-on",
        "info",
        "--format",
        "json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert data["findings"] == []
    assert data["check"]["baseline"]["suppressed"] == [entries[0]["id"]]
    assert data["check"]["baseline"]["stale"] == []
    code, out, _ = run(capsys, "check", str(new), "--corpus", "stories", "--fail-on", "info", "--format", "json")
    assert code == 1 and json.loads(out)["findings"][0]["claims"][1]["line"] == 10  # it did move

    # the conflict is fixed: the baseline entry is now stale, and listed
    new.write_text(new.read_text(encoding="utf-8").replace("150 schools", "120 schools"), encoding="utf-8")
    code, out, _ = run(
        capsys, "check", str(new), "--corpus", "stories", "--baseline", str(base), "--fail-on", "info", "--no-color"
    )
    assert code == 0
    assert "1 stale entry" in out
    assert f"stale: {entries[0]['id']} (strike-daily, strike-wire): no longer found" in out

    # a different conflict in the same article is new, baseline or not
    new.write_text(new.read_text(encoding="utf-8") + "\n" + BUDGET_5, encoding="utf-8")
    code, out, _ = run(
        capsys,
        "check",
        str(new),
        "--corpus",
        "stories",
        "--baseline",
        str(base),
        "--fail-on",
        "warning",
        "--format",
        "json",
    )
    assert code == 1
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["FC002"]


def test_stale_entries_go_to_stderr_for_machine_formats(repo, capsys, tmp_path):
    new = add_consistent(repo)
    base = tmp_path / "b.json"
    base.write_text(json.dumps({"findings": [{"id": "FC003-000000000000", "rule": "FC003"}]}), encoding="utf-8")
    code, out, err = run(
        capsys, "check", str(new), "--corpus", "stories", "--baseline", str(base), "--format", "github"
    )
    assert code == 0
    assert "stale baseline entry FC003-000000000000" in err
    assert "::" not in out


def test_bad_baseline_is_an_input_error(repo, capsys, tmp_path):
    new = add_consistent(repo)
    base = tmp_path / "b.json"
    base.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "check", str(new), "--corpus", "stories", "--baseline", str(base))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "baseline is not valid JSON" in err and str(base) in err
    code, _, err = run(capsys, "check", str(new), "--corpus", "stories", "--baseline", str(tmp_path / "missing.json"))
    assert code == 2 and "baseline file not found" in err


# ----------------------------------------------------------------------------- usage and input errors


@pytest.mark.parametrize(
    "argv, message",
    [
        (["check", "--corpus", "stories"], "give the new articles"),
        (["check", "stories/flood-post.md", "--corpus", "nowhere"], "corpus folder not found"),
        (["check", "stories/missing.md", "--corpus", "stories"], "stories/missing.md: no such file or directory"),
        (["check", "stories/flood-post.md", "--corpus", "stories", "--fail-on", "fatal"], "invalid choice"),
        (["check", "stories/flood-post.md", "--corpus", "stories/flood-post.md"], "--corpus takes a folder"),
        (["check", "stories/flood-post.md"], "--corpus"),
        (["baseline", "--corpus", "nowhere"], "corpus folder not found"),
    ],
)
def test_usage_errors_are_one_line(repo, capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith("factcheck: error: ") and message in err


def test_unreadable_new_article_is_an_input_error(repo, capsys):
    bad = repo / "stories" / "broken.md"
    bad.write_bytes(b"\xff\xfe\x00\x00garbage\x00\x00")
    code, _, err = run(capsys, "check", str(bad.relative_to(repo)), "--corpus", "stories")
    assert code == 2
    assert "broken.md" in err


def test_draft_outside_the_corpus_is_checked(repo, capsys, tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    draft = write_article(drafts, "draft", STRIKE_150, "2024-05-06")
    code, out, _ = run(capsys, "check", str(draft), "--corpus", "stories", "--fail-on", "warning", "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["check"]["new_articles"] == ["draft"]
    assert {c["article"] for c in data["findings"][0]["claims"]} == {"draft", "strike-daily"}


def test_readme_in_the_corpus_is_not_an_article(repo, capsys):
    code, out, _ = run(capsys, "check", "stories/README.md", "--corpus", "stories")
    assert code == 0
    assert "No new or changed articles to check." in out
    assert "README.md: not an article of the corpus" in out


def test_output_file_and_extra_sarif(repo, capsys, tmp_path):
    new = add_conflicting(repo)
    report, sarif = tmp_path / "out" / "report.txt", tmp_path / "out" / "check.sarif"
    code, out, _ = run(
        capsys,
        "check",
        str(new),
        "--corpus",
        "stories",
        "--fail-on",
        "warning",
        "-f",
        "github",
        "-o",
        str(report),
        "--sarif",
        str(sarif),
    )
    assert code == 1 and out == ""
    assert report.read_text(encoding="utf-8").startswith(
        "::warning file=stories/strike-wire.md,line=7,title=FC003 statement.number-differs::"
    )
    log = json.loads(sarif.read_text(encoding="utf-8"))
    assert log["runs"][0]["results"][0]["ruleId"] == "FC003"


def test_cache_is_used_and_kept_out_of_the_corpus(repo, capsys):
    new = add_conflicting(repo)
    code, _, err = run(capsys, "check", str(new), "--corpus", "stories", "-v")
    assert "4 misses, 4 written" in err
    cache_dir = repo / "stories" / ".factcheck-cache"
    assert (cache_dir / "cache.sqlite").exists()
    assert git(repo, "status", "--porcelain", "--untracked-files=all").strip() == "?? stories/strike-wire.md"
    code, _, err = run(capsys, "check", str(new), "--corpus", "stories", "-v")
    assert "4 hits, 0 misses, 0 written" in err
    custom = repo / "elsewhere.sqlite"
    code, _, err = run(capsys, "check", str(new), "--corpus", "stories", "-v", "--cache", str(custom))
    assert "4 misses" in err and custom.exists()
    code, _, err = run(capsys, "check", str(new), "--corpus", "stories", "-v", "--no-cache")
    assert "no cache" in err


# ----------------------------------------------------------------------------- GitHub annotations


def test_github_escaping():
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("dir:a,b%\n") == "dir%3Aa%2Cb%25%0A"
    line = annotation(
        "warning", "50% said:\nyes, no", file="news/a,b.md", line=3, endLine=None, title="FC005 quote: variant"
    )
    assert line == "::warning file=news/a%2Cb.md,line=3,title=FC005 quote%3A variant::50%25 said:%0Ayes, no"


def test_github_annotations_for_new_findings(repo, capsys):
    new = add_conflicting(repo)
    code, out, _ = run(capsys, "check", str(new), "--corpus", "stories", "--fail-on", "warning", "--format", "github")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 2
    head, message = lines[0].split("::", 2)[1:]
    assert head == "warning file=stories/strike-wire.md,line=7,title=FC003 statement.number-differs"
    assert "\n" not in message and "%0A" in message
    assert "Other side, stories/strike-daily.md:7" in message and "120 schools" in message
    assert lines[1] == "factcheck: 1 finding (0 error, 1 warning, 0 info)"


def test_github_levels(seeds_report):
    from factcheck.model.models import Report

    findings = seeds_report.findings[:1]
    assert findings, "the seed corpus has findings"
    for severity, command in [("error", "::error "), ("warning", "::warning "), ("info", "::notice ")]:
        rep = Report(
            version="x",
            articles=seeds_report.articles,
            findings=tuple(f.model_copy(update={"severity": severity}) for f in findings),
        )
        assert render_github(rep).startswith(command)


# ----------------------------------------------------------------------------- the installed command


@pytest.mark.slow
def test_console_script(repo):
    exe = Path(sys.executable).with_name("factcheck")
    if not exe.exists():
        pytest.skip("factcheck console script not installed next to this interpreter")
    new = add_conflicting(repo)
    proc = subprocess.run(
        [
            str(exe),
            "check",
            str(new.relative_to(repo)),
            "--corpus",
            "stories",
            "--fail-on",
            "warning",
            "--format",
            "github",
            "--no-cache",
        ],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("::warning file=stories/strike-wire.md,line=7,")


# ----------------------------------------------------------------------------- integrations


def test_pre_commit_hook_invocation(repo, capsys):
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "factcheck-check" and hook["pass_filenames"] is True
    entry = hook["entry"].split()
    assert entry[:2] == ["factcheck", "check"]
    new = add_conflicting(repo)
    # what pre-commit runs: the entry, the hook's args, then the staged files
    argv = entry[1:] + ["--fail-on", "warning", str(new.relative_to(repo)), "stories/README.md"]
    code, out, err = run(capsys, *argv, "--no-color")
    assert code == 1, err
    # with the repository as the corpus, ids are paths from its root
    assert "Checked 1 new or changed article against 3 corpus articles: stories/strike-wire" in out


def test_workflow_runs_the_check_on_pull_requests():
    import yaml

    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "factcheck.yml").read_text(encoding="utf-8"))
    assert "pull_request" in wf[True]  # YAML reads the key 'on' as true
    steps = wf["jobs"]["check"]["steps"]
    run_step = next(s for s in steps if "factcheck check" in s.get("run", ""))
    assert '--since "origin/${{ github.base_ref }}"' in run_step["run"]
    assert "--sarif factcheck.sarif" in run_step["run"] and "--format github" in run_step["run"]
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "factcheck.sarif"
    assert next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))["with"]["fetch-depth"] == 0


def test_corpus_files_are_named_as_the_working_directory_sees_them(tmp_path, monkeypatch):
    from factcheck.cli.check import _displayer
    from factcheck.ingest.loader import list_files

    corpus = tmp_path / "work" / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (tmp_path / "other").mkdir()
    write_article(corpus / "sub", "a", "Text.", published="2025-01-01")
    elsewhere = write_article(tmp_path / "other", "b", "Text.", published="2025-01-01")
    (corpus / "b.md").symlink_to(elsewhere)
    monkeypatch.chdir(tmp_path / "work")
    names = lambda root, follow: [_displayer(root, follow)(f) for f in list_files(root, follow_links=follow)]  # noqa: E731
    assert names(Path("corpus"), False) == ["corpus/sub/a.md"]
    assert names(corpus, False) == ["corpus/sub/a.md"]  # named absolutely: still relative to the working directory
    (tmp_path / "work" / "notes").mkdir()
    (corpus / "c.md").symlink_to(write_article(tmp_path / "work" / "notes", "c", "Text.", published="2025-01-01"))
    # a link followed is named where it leads when that is under the working directory, else as listed
    assert names(Path("corpus"), True) == ["corpus/b.md", "notes/c.md", "corpus/sub/a.md"]
    monkeypatch.chdir(tmp_path / "other")
    assert names(corpus, False) == [f"{corpus.as_posix()}/sub/a.md"]  # outside the working directory: as given
