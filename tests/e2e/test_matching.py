#!/usr/bin/python3
# test_matching.py: matching through the real GUI. Drives the built
# `pursuit` through the accessibility tree (AT-SPI, with pyatspi): imports a
# CV on the Profile page through the file chooser and changes a skill's
# level, checks the scores on the board cards and the Match section of a
# job page against `pursuit-cli match`, the Recommended page's ranking and
# its Not Interested button, and an interview practice with its report and
# history.
#
# Copyright 2026 The Pursuit developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run with Debian's /usr/bin/python3 (python3-pyatspi), under a display and
# a session bus, as CI does:
#
#   xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
#     meson test -C build e2e-matching --print-errorlogs
#
# Environment:
#   PURSUIT_BIN             the built `pursuit` executable (required)
#   PURSUIT_CLI             the built `pursuit-cli` executable (required)
#   GSETTINGS_SCHEMA_DIR    the build's data dir, with gschemas.compiled
#   PURSUIT_SCREENSHOT_DIR  where the PNGs go (default: ./tests/screenshots)
#   PURSUIT_E2E_CV          the CV to import (default: tests/fixtures/cv/e2e-cv.txt)
#
# Exits 77 (skipped) without a display, a session bus, pyatspi or xdotool;
# any other problem is a failure.

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_window as e2e  # noqa: E402  (the shared helpers)
from test_accounts import cli  # noqa: E402
from test_window import TestFailure, do_action, expect, log, screenshot, skip  # noqa: E402

OVERALL_TIMEOUT = 400       # seconds, for the whole script (meson: 450)
SCORE_TIMEOUT = 45          # seconds, from the import to the scores on the cards
CV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "cv", "e2e-cv.txt")

RUST = ("Rust Desktop Engineer", "GNOME Foundry")
REACT = ("Front-End Developer (React)", "Pixelhaus")
NURSE = ("Registered Nurse", "St. Mary's Hospital")
DATA = ("Data Scientist (m/w/d)", "Datenwerk AG")
APPLIED = ("Embedded C Developer", "Tiefsee Robotics")

RUST_DESCRIPTION = """\
GNOME Foundry builds desktop applications for Linux used by millions.
We are looking for an engineer to work on our GTK apps.

Requirements
- 3+ years of experience writing Rust
- Solid C and GTK experience
- Git and code review
- Linux desktop development

Nice to have
- Meson and Flatpak packaging
- GStreamer
- Python for tooling
"""

REACT_DESCRIPTION = """\
Pixelhaus designs web shops for small brands.

Must have
- 4+ years with React and TypeScript
- CSS and HTML, accessible design
- REST APIs and GraphQL

Bonus
- Figma
- Node.js
"""

NURSE_DESCRIPTION = """\
St. Mary's Hospital is hiring a registered nurse for the cardiology ward.

Requirements
- Nursing degree and current registration
- Patient care and medication administration
- Basic Life Support certification
- Compassion and communication with patients and families

Nice to have
- ICU experience
"""

DATA_DESCRIPTION = """\
Datenwerk AG hilft Mittelständlern, ihre Daten zu verstehen.

Anforderungen
- Mindestens 3 Jahre Erfahrung mit Python und SQL
- Machine Learning mit scikit-learn und pandas
- Statistik

Wünschenswert
- Spark
- Tableau
"""

# Answers typed in the practice window, by the question's kind.
STAR_ANSWER = (
    "In my last job the release of our desktop app was blocked by a crash that only "
    "happened on some machines. My task was to find the cause before the release date. "
    "I collected core dumps from three users, reproduced the crash in a virtual machine, "
    "found a use-after-free in our C code and wrote a fix with a regression test. "
    "As a result we shipped on time and the crash reports dropped to zero.")
TECHNICAL_ANSWER = (
    "I would start from the requirements and measure first. In Rust I rely on ownership "
    "and borrowing so the compiler checks memory safety and thread safety; I use traits "
    "and generics for abstraction, Result for error handling, and unit tests and "
    "integration tests in CI. For GTK I keep the main loop free by running slow work in "
    "a thread or async and sending results back. I review the design with the team.")
SHORT_ANSWER = "I am not sure, I would look it up."


# ---------------------------------------------------------------------------
# The store, through pursuit-cli


def add_job(binary, data_dir, env, job, description, *extra):
    out = cli(binary, data_dir, env, "add", "--title", job[0], "--company", job[1],
              "--description", description, *extra)
    return int(out.strip().split()[-1])


def fill_store(binary, data_dir, env):
    """Four saved postings with real descriptions, one applied job."""
    jobs = {
        "rust": add_job(binary, data_dir, env, RUST, RUST_DESCRIPTION, "--location", "Berlin",
                        "--remote", "--salary-min", "70000", "--salary-max", "85000",
                        "--currency", "EUR", "--salary-period", "YEAR"),
        "react": add_job(binary, data_dir, env, REACT, REACT_DESCRIPTION, "--location", "Hamburg"),
        "nurse": add_job(binary, data_dir, env, NURSE, NURSE_DESCRIPTION, "--location", "London"),
        "data": add_job(binary, data_dir, env, DATA, DATA_DESCRIPTION, "--location", "München"),
        "applied": add_job(binary, data_dir, env, APPLIED,
                           "Embedded C for underwater robots. Requirements: C, Linux, Git.",
                           "--stage", "applied"),
    }
    log(f"# store: {jobs}")
    return jobs


def cv_show(binary, data_dir, env):
    result = subprocess.run([binary, "--data-dir", data_dir, "cv", "show", "--json"], env=env,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    if result.returncode != 0:
        return None
    return json.loads(result.stdout)


def profile_skills(cv):
    """{skill name: level} of `cv show --json`."""
    profile = (cv or {}).get("profile", {})
    skills = profile.get("skills", [])
    if isinstance(skills, dict):
        return dict(skills)
    return {s.get("name"): s.get("level") for s in skills}


# ---------------------------------------------------------------------------
# Through the GUI


def main_frame(tree):
    """The main window: the frame with the page tabs."""
    frames = [n for n in tree.root.children if n.role == "frame" and n.width > 0
              and any(d.role == "page tab" and d.name == "Board" for d in n.descendants())]
    return frames[0] if frames else None


def frame_named(tree, name_re):
    """A top-level window of the app whose name matches @name_re (GTK 4.8
    exposes some AdwWindows as "filler", dialogs as "dialog")."""
    frames = [n for n in tree.root.children if n.width > 0 and re.search(name_re, n.name)]
    return frames[0] if frames else None


def in_frame(tree, frame, role=None, name=None, name_re=None):
    if frame is None:
        return []
    return [n for n in tree.find(role=role, name=name, name_re=name_re, under=frame)
            if n.allocated]


def x_window(app, name_re):
    """(x, y) of the app's X window titled @name_re, or of its main
    window."""
    best = e2e.largest_window(e2e.xdotool_window_ids(app, name_re))
    expect(best is not None, f"xdotool finds no window {name_re!r} of pursuit", app)
    return best


class Box:
    """A place to click: x, y, width, height in window coordinates."""

    def __init__(self, x, y, width, height):
        self.x, self.y, self.width, self.height = x, y, width, height


def click(app, node, window_re=None):
    """A mouse click in the middle of @node, in the window titled
    @window_re (default: the main window)."""
    x, y, _, _ = x_window(app, window_re)
    e2e.xdotool(app, "mousemove", str(x + node.x + node.width // 2),
                str(y + node.y + node.height // 2))
    time.sleep(0.2)
    subprocess.run(["xdotool", "click", "1"], timeout=10, check=True)
    time.sleep(0.2)


def hover(app, window_re=None):
    """The pointer over a window, so that keys go to it (Xvfb has no
    window manager: the focus follows the pointer)."""
    x, y, width, height = x_window(app, window_re)
    e2e.xdotool(app, "mousemove", str(x + width // 2), str(y + 12))
    time.sleep(0.2)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "4", text], timeout=120, check=True)


def show_page(app, name, ready, what, timeout=e2e.WAIT_TIMEOUT):
    tree = app.snapshot()
    tab = e2e.showing_tab(tree, name)
    expect(tab is not None, f"no {name!r} page tab in the window", app)
    do_action(tab, "click")
    return app.wait(lambda t: "selected" in e2e.showing_tab(t, name).states and ready(t),
                    what, timeout=timeout)


def check_named(app, tree, where):
    # libadwaita 1.2's toasts have a close button without a name: not ours.
    bad = [b for b in e2e.unnamed_controls(tree) if b != "push button 'GtkImage' in 'Pursuit'"
           or not tree.find(role="filler", name="AdwToastWidget")]
    expect(not bad, f"controls without an accessible name {where}: {bad}", app)


# 1. The Profile page: import the CV through the file chooser


CHOOSER_RE = r"^Import CV$"


def chooser_text(tree, chooser_re):
    """The file chooser's text entry that has the focus (the name of a
    save chooser, the location after Ctrl+L), or the only one shown."""
    texts = [n for n in in_frame(tree, frame_named(tree, chooser_re))
             if n.role in ("text", "entry")]
    focused = [n for n in texts if "focused" in n.states]
    return (focused or texts or [None])[0]


def entry_text(node):
    text = node.acc.queryText()
    return text.getText(0, text.characterCount)


def choose_path(app, chooser_re, path):
    """Puts @path into the chooser's focused entry and presses Return.
    The text is set through AT-SPI, not typed: the location entry's
    inline completion races with synthetic keys and can eat one."""
    tree = app.wait(lambda t: chooser_text(t, chooser_re) is not None,
                    f"a text entry in the file chooser {chooser_re!r}")
    for _attempt in range(3):
        entry = chooser_text(tree, chooser_re)
        entry.acc.queryEditableText().setTextContents(path)
        time.sleep(0.4)
        tree = app.snapshot()
        entry = chooser_text(tree, chooser_re)
        if entry is not None and entry_text(entry) == path:
            break
    shown = entry_text(entry) if entry is not None else None
    expect(shown == path, f"the file chooser's entry reads {shown!r}, not {path!r}", app)
    hover(app, chooser_re)
    e2e.press("Return")
    try:
        app.wait(lambda t: frame_named(t, chooser_re) is None,
                 "the file chooser to close after Return", timeout=10)
    except TestFailure:
        # The completion popup took the first Return.
        e2e.press("Return")
        app.wait(lambda t: frame_named(t, chooser_re) is None,
                 "the file chooser to close after a second Return", timeout=10)


def import_cv_through_chooser(app, cv_path):
    tree = show_page(app, "Profile",
                     lambda t: in_frame(t, main_frame(t), role="push button",
                                        name_re=r"^_?Import CV\b"),
                     "the Profile page with its 'Import CV…' button")
    check_named(app, tree, "on the empty Profile page")
    button = in_frame(tree, main_frame(tree), role="push button", name_re=r"^_?Import CV\b")[0]
    do_action(button, "click")
    tree = app.wait(lambda t: frame_named(t, CHOOSER_RE) is not None,
                    "the file chooser 'Import CV' after pressing 'Import CV…'", timeout=15)
    log(f"# file chooser: {frame_named(tree, CHOOSER_RE)!r}")
    # Ctrl+L opens the location entry, where a whole path opens the file.
    hover(app, CHOOSER_RE)
    e2e.press("ctrl+l")
    app.wait(lambda t: chooser_text(t, CHOOSER_RE) is not None,
             "the file chooser's location entry after Ctrl+L")
    choose_path(app, CHOOSER_RE, cv_path)


def skill_rows(tree):
    """{skill name: row} of the Profile page's skills: the combo rows with
    a 'Remove <skill>' button, on screen or scrolled away."""
    rows = {}
    frame = main_frame(tree)
    if frame is None:
        return rows
    for button in tree.find(role="push button", name_re=r"^Remove ", under=frame):
        if button.width <= 0:
            continue
        name = button.name[len("Remove "):]
        row = next((a for a in button.ancestors() if a.role == "combo box" and a.name == name),
                   None)
        if row is not None:
            rows[name] = row
    return rows


def check_profile(app, cli_binary, data_dir, cli_env):
    tree = app.wait(lambda t: {"C", "Rust", "Python", "SQL"} <= set(skill_rows(t)),
                    "the skills C, Rust, Python and SQL on the Profile page after the import",
                    timeout=20)
    cv = e2e.wait_for_store("the imported CV in the store", lambda: cv_show(cli_binary, data_dir, cli_env),
                        lambda c: c is not None and profile_skills(c), 10)
    skills = profile_skills(cv)
    profile = cv.get("profile", {})
    log(f"# cv show: title {cv.get('title')!r}, format {cv.get('format')!r}, skills {skills}, "
        f"years {profile.get('years_of_experience')}, "
        f"education {profile.get('education')!r}, languages {profile.get('languages')}")
    for skill in ("C", "Rust", "Python", "SQL", "Linux"):
        expect(skill in skills, f"the imported CV lacks the skill {skill}: {skills}", app)
    shown = set(skill_rows(tree))
    expect(set(skills) <= shown, f"skills in the store but not on the Profile page: "
           f"{sorted(set(skills) - shown)}", app)
    labels = [n.name for n in e2e.content_labels(tree)]
    log(f"# Profile page labels: {labels[:40]}")
    check_named(app, tree, "on the Profile page")
    return skills


def change_level(app, cli_binary, data_dir, cli_env, skill, before):
    """Opens @skill's level drop-down and picks the last level (Expert)."""
    tree = app.snapshot()
    row = skill_rows(tree)[skill]
    log(f"# {skill}'s row: {row!r} ({before})")
    frame = main_frame(tree)
    # Bring the row into the window: scroll the page with the wheel.
    for _ in range(30):
        if 60 < row.y and row.y + row.height < frame.height - 10:
            break
        hover(app)
        x, y, width, height = x_window(app, None)
        e2e.xdotool(app, "mousemove", str(x + width // 2), str(y + height // 2))
        subprocess.run(["xdotool", "click", "5" if row.y > 60 else "4"], timeout=10, check=True)
        time.sleep(0.3)
        tree = app.snapshot()
        row = skill_rows(tree)[skill]
        frame = main_frame(tree)
    # A click on the row's title opens the list of levels.
    click(app, Box(row.x + 10, row.y, 60, row.height))
    # The popover's list: the only place that says "Not Set".
    app.wait(lambda t: [n for n in t.find(role="label", name="Not Set") if n.width > 0],
             f"the list of levels after a click on {skill}'s row")
    e2e.press("End", "Return")

    def stored_level():
        return profile_skills(cv_show(cli_binary, data_dir, cli_env)).get(skill)
    level = e2e.wait_for_store(f"{skill}'s level to become 'expert' in the store", stored_level,
                           lambda v: v == "expert", 10)
    log(f"# {skill}: {before} -> {level} in the store")
    e2e.pointer_away(app)
    screenshot("matching-profile.png")


# 2. The board's scores and the job page's Match section


SCORE_IN_NAME = re.compile(r", (\d+)% match\b")


def card_scores(tree):
    """{title: score or None} of the board's cards, from their accessible
    names ("Title, Company, …, 72% match, …")."""
    scores = {}
    for column in tree.find(role="list"):
        if column.name not in e2e.STAGE_LABELS or not column.allocated:
            continue
        for item in column.children:
            if item.role != "list item":
                continue
            title = e2e.card_title(item)
            names = [item.name] + [d.name for d in item.descendants()]
            found = [SCORE_IN_NAME.search(n) for n in names if n]
            found = [m for m in found if m]
            if title:
                scores[title] = int(found[0].group(1)) if found else None
    return scores


def check_board_scores(app):
    """The scorer runs in the background after the import: waits for a
    score on every saved posting's card."""
    started = time.monotonic()
    wanted = (RUST[0], REACT[0], NURSE[0], DATA[0])
    tree = show_page(app, "Board",
                     lambda t: all(card_scores(t).get(title) is not None for title in wanted),
                     "scores on the four saved postings' cards", timeout=SCORE_TIMEOUT)
    scores = card_scores(tree)
    log(f"# cards after {time.monotonic() - started:.1f} s: {scores}")
    expect(scores[RUST[0]] > scores[NURSE[0]],
           f"the Rust posting scores {scores[RUST[0]]}, not above the nursing one "
           f"({scores[NURSE[0]]})", app)
    return scores


def on_page(tree, frame, role=None, name=None, name_re=None):
    """Nodes under @frame on its page, in the window or scrolled away."""
    if frame is None:
        return []
    return [n for n in tree.find(role=role, name=name, name_re=name_re, under=frame)
            if n.width > 0]


def match_section_ready(tree):
    frame = main_frame(tree)
    return bool(on_page(tree, frame, role="progress bar", name="Match score")
                and in_frame(tree, frame, role="push button", name_re=r"^_?Withdraw"))


def open_job_page(app, title, column="Saved"):
    """Board → the card of @title → Enter opens its page."""
    tree = show_page(app, "Board", lambda t: title in e2e.board_cards(t),
                     f"the card '{title}' on the board")
    item = next(item for col in tree.find(role="list", name=column) if col.allocated
                for item in col.children
                if item.role == "list item" and e2e.card_title(item) == title)
    click(app, item)
    subprocess.run(["xdotool", "key", "Return"], timeout=10, check=True)
    return app.wait(lambda t: match_section_ready(t),
                    f"the job page of '{title}' with the Match section's gauge", timeout=15)


def gauge_value(tree):
    """The gauge and its score: from the Value interface where the
    toolkit gives one, else from its description ("72 of 100")."""
    gauge = on_page(tree, main_frame(tree), role="progress bar", name="Match score")[0]
    try:
        return gauge, gauge.acc.queryValue().currentValue
    except NotImplementedError:
        pass
    match = re.match(r"^(\d+) of 100$", gauge.acc.description or "")
    return gauge, float(match.group(1)) if match else None


def check_match_section(app, cli_binary, data_dir, cli_env, job_id):
    tree = open_job_page(app, RUST[0])
    result = json.loads(cli(cli_binary, data_dir, cli_env, "match", str(job_id), "--json"))
    log(f"# pursuit-cli match {job_id}: score {result.get('score')}, breakdown "
        f"{json.dumps(result.get('breakdown'))[:400]}")
    gauge, value = gauge_value(tree)
    # The page may show the score from before the level change for a moment.
    if value is None or round(value) != result["score"]:
        tree = app.wait(lambda t: gauge_value(t)[1] is not None
                        and round(gauge_value(t)[1]) == result["score"],
                        f"the gauge to show {result['score']} (pursuit-cli match)")
        gauge, value = gauge_value(tree)
    log(f"# gauge: {gauge!r} value {value}")
    expect(value is not None and round(value) == result["score"],
           f"the gauge says {value}, pursuit-cli match says {result['score']}", app)

    frame = main_frame(tree)
    skills = {}
    for kind in ("matching", "partial", "transferable", "missing"):
        for skill in result.get(kind, []):
            skills[skill["name"]] = kind
    log(f"# skills by kind: {skills}")
    matching = [name for name, kind in skills.items() if kind == "matching"]
    missing = [name for name, kind in skills.items() if kind in ("missing", "transferable")]
    expect("Rust" in matching, f"Rust is not a matching skill of the Rust posting: {skills}", app)
    expect(missing, f"nothing missing for the Rust posting: {skills}", app)

    # The skill table: one row per skill, read out as "Skill: Required …; you: …; Status".
    rows = [n.name for n in tree.find(under=frame) if n.width > 0
            and re.match(r"^[^:]+: (Required|Preferred)[^;]*; you: ", n.name)]
    log(f"# skill rows: {rows}")
    for name in matching[:3] + missing[:3]:
        expect(any(r.startswith(f"{name}: ") for r in rows),
               f"no row for {name} in the Match section's skill table: {rows}", app)
    for name in missing[:3]:
        row = next(r for r in rows if r.startswith(f"{name}: "))
        expect(re.search(r"Missing|Transferable", row, re.I),
               f"the row of {name} does not say missing or transferable: {row!r}", app)
    # Learning suggestions: "1. Meson" and so on, in order.
    learning = [n.name for n in on_page(tree, frame, role="list item", name_re=r"^\d+\. \S")]
    log(f"# learning suggestions: {learning}")
    expect(learning, "no learning suggestions in the Match section", app)
    expect(any(name in " ".join(learning) for name in missing),
           f"the learning suggestions {learning} name none of the missing skills {missing}", app)
    # The breakdown: "Required: 38 of 50" and so on.
    breakdown = [n.name for n in tree.find(under=frame)
                 if re.match(r"^\w[\w ]*: \d+ of (50|20|10)$", n.name)]
    log(f"# breakdown: {breakdown}")
    expect(len(breakdown) >= 4, f"the breakdown shows {breakdown}, not four parts", app)
    check_named(app, tree, "on the job page")
    scroll_to(app, gauge)
    e2e.pointer_away(app)
    screenshot("matching-job.png")
    return result


def scroll_to(app, node):
    """Scrolls the main window's page (with the wheel over @node) until
    @node (found again by role and name) is in the window's upper half.
    Returns the fresh node, or None if it went away."""
    role, wanted = node.role, node.name
    for _ in range(10):
        tree = app.snapshot()
        frame = main_frame(tree)
        found = on_page(tree, frame, role=role, name=wanted)
        if not found:
            return None
        node = found[0]
        target = frame.height // 3
        if 80 < node.y and node.y + node.height < frame.height - 20 and abs(node.y - target) < 250:
            return node
        x, y, width, height = x_window(app, None)
        e2e.xdotool(app, "mousemove", str(x + min(max(node.x + node.width // 2, 10), width - 10)),
                    str(y + height // 2))
        # A wheel step scrolls about a tenth of a page.
        clicks = max(1, min(20, abs(node.y - target) // 70))
        subprocess.run(["xdotool", "click", "--repeat", str(clicks), "--delay", "30",
                        "5" if node.y > target else "4"], timeout=30, check=True)
        time.sleep(0.3)
    return node


# 3. The Recommended page


def recommended_titles(tree):
    """Titles in the Recommended list, top to bottom, from the rows'
    'Open <title>' buttons."""
    frame = main_frame(tree)
    buttons = sorted(in_frame(tree, frame, role="push button", name_re=r"^Open "),
                     key=lambda n: n.y)
    titles = []
    for button in buttons:
        title = re.sub(r"( _?Open)?$", "", button.name[len("Open "):])
        titles.append(title)
    return titles


def check_recommended(app, cli_binary, data_dir, cli_env):
    tree = show_page(app, "Recommended", lambda t: len(recommended_titles(t)) >= 3,
                     "three or more rows on the Recommended page", )
    titles = recommended_titles(tree)
    frame = main_frame(tree)
    reasons = [n.name for n in in_frame(tree, frame, role="label") if n.name.startswith("• ")]
    log(f"# Recommended: {titles}")
    log(f"# reasons: {reasons}")
    for title in (RUST[0], NURSE[0]):
        expect(title in titles, f"{title!r} is not on the Recommended page: {titles}", app)
    expect(APPLIED[0] not in titles, f"the applied job is recommended: {titles}", app)
    expect(titles.index(RUST[0]) < titles.index(NURSE[0]),
           f"the Rust posting ranks below the nursing one: {titles}", app)
    # Each row's reasons sit above its Open button, below the row before.
    opens = sorted(in_frame(tree, frame, role="push button", name_re=r"^Open "), key=lambda n: n.y)
    rust_open = opens[titles.index(RUST[0])]
    above = opens[titles.index(RUST[0]) - 1].y if titles.index(RUST[0]) > 0 else 0
    rust_reasons = [n.name for n in in_frame(tree, frame, role="label")
                    if n.name.startswith("• ") and above < n.y < rust_open.y]
    log(f"# the Rust posting's reasons: {rust_reasons}")
    expect(any(re.search(r"\bskills?\b", r) for r in rust_reasons),
           f"the Rust posting's reasons do not mention skills: {rust_reasons}", app)
    expect(not any("<" in r or "&amp;" in r for r in reasons),
           f"markup in the reasons: {reasons}", app)
    ranked = json.loads(cli(cli_binary, data_dir, cli_env, "recommend", "--json"))
    if isinstance(ranked, dict):
        ranked = ranked.get("recommendations", ranked.get("jobs", []))
    log(f"# pursuit-cli recommend: {[(r.get('title'), r.get('score')) for r in ranked]}")
    check_named(app, tree, "on the Recommended page")

    # Not Interested on the nursing posting: it leaves the list.
    dismiss = in_frame(tree, frame, role="push button",
                       name_re=rf"^Not Interested in {re.escape(NURSE[0])}")
    expect(dismiss, f"no 'Not Interested' button for {NURSE[0]!r}", app)
    do_action(dismiss[0], "click")
    tree = app.wait(lambda t: NURSE[0] not in recommended_titles(t)
                    and RUST[0] in recommended_titles(t),
                    f"{NURSE[0]!r} to leave the Recommended list after Not Interested")
    log(f"# after Not Interested: {recommended_titles(tree)}")
    ranked = json.loads(cli(cli_binary, data_dir, cli_env, "recommend", "--json"))
    if isinstance(ranked, dict):
        ranked = ranked.get("recommendations", ranked.get("jobs", []))
    expect(NURSE[0] not in [r.get("title") for r in ranked],
           f"pursuit-cli recommend still lists {NURSE[0]!r} after Not Interested", app)
    e2e.pointer_away(app)
    screenshot("matching-recommended.png")


# 4. Interview practice


def practice_frame(tree):
    return frame_named(tree, r"^Practice (Interview|Report)$")


def open_practice(app):
    tree = open_job_page(app, RUST[0])
    frame = main_frame(tree)
    rows = [n for n in on_page(tree, frame, name_re=r"^_?Practice Interview")
            if n.role != "label"]
    expect(rows, "no 'Practice Interview…' row in the Match section", app)
    row = scroll_to(app, rows[0])
    log(f"# practice row: {row!r}")
    # The row activates on a click (a list box row has no AT-SPI action).
    click(app, row)
    return app.wait(lambda t: in_frame(t, practice_frame(t), role="push button",
                                       name_re=r"^_?Start\b"),
                    "the practice window with its 'Start' button")


def current_question(tree):
    frame = practice_frame(tree)
    progress = in_frame(tree, frame, role="label", name_re=r"^Question \d+ of \d+$")
    return progress[0].name if progress else None


def practice(app):
    tree = open_practice(app)
    frame = practice_frame(tree)
    check_named(app, tree, "in the practice window")
    spin = in_frame(tree, frame, role="spin button", name_re=r"^Number of Questions\b")
    expect(spin, "no 'Number of Questions' spin button in the practice window", app)
    # Into its text, left of the - and + buttons.
    click(app, Box(spin[0].x, spin[0].y, 24, spin[0].height), "^Practice Interview$")
    e2e.press("ctrl+a")
    type_text("5")
    e2e.press("Tab")
    tree = app.snapshot()
    frame = practice_frame(tree)
    start = in_frame(tree, frame, role="push button", name_re=r"^_?Start\b")[0]
    do_action(start, "click")
    tree = app.wait(lambda t: current_question(t) == "Question 1 of 5",
                    "'Question 1 of 5' after Start with 5 questions")
    kinds = []
    for number in range(1, 6):
        tree = app.wait(lambda t: current_question(t) == f"Question {number} of 5",
                        f"question {number} of 5")
        frame = practice_frame(tree)
        labels = [n.name for n in in_frame(tree, frame, role="label") if n.name]
        kind = next((n for n in labels if re.match(r"^(Technical|Behavioural|Situational)", n)), "")
        timer = [n for n in labels if re.search(r"\d+:\d\d", n)]
        kinds.append(kind)
        log(f"# question {number}: {kind!r}; timer {timer}")
        expect(timer, f"no timer on question {number}: {labels}", app)
        if kind.startswith("Technical"):
            answer = TECHNICAL_ANSWER if number != 5 else SHORT_ANSWER
        else:
            answer = STAR_ANSWER
        text = in_frame(tree, frame, role="text", name="Your Answer") or [
            n for n in in_frame(tree, frame, role="text")]
        expect(text, f"no answer field on question {number}", app)
        click(app, text[0], "^Practice Interview$")
        type_text(answer)
        if number == 1:
            e2e.pointer_away(app)
            screenshot("matching-question.png")
        tree = app.snapshot()
        frame = practice_frame(tree)
        label = "Finish" if number == 5 else "Next"
        buttons = [n for n in in_frame(tree, frame, role="push button", name_re=rf"^_?{label}\b")
                   if n.name.replace("_", "") in (label, f"{label} {label}")]
        # The Finish at the bottom and the Next/Finish button: take the rightmost.
        buttons.sort(key=lambda n: n.x)
        expect(buttons, f"no '{label}' button on question {number}", app)
        do_action(buttons[-1], "click")

    tree = app.wait(lambda t: in_frame(t, practice_frame(t), role="level bar",
                                       name_re=r"^Overall: \d+ of 100$"),
                    "the practice report with an 'Overall' score", timeout=20)
    frame = practice_frame(tree)
    scores = {}
    for node in in_frame(tree, frame, name_re=r"^(Technical|Behavioural|Communication|Overall): "):
        match = re.match(r"^(\w+): (\d+) of 100$", node.name)
        if match:
            scores[match.group(1)] = int(match.group(2))
        else:
            scores.setdefault(node.name.split(":")[0], node.name)
    log(f"# practice kinds: {kinds}")
    log(f"# report scores: {scores}")
    for name in ("Technical", "Behavioural", "Communication", "Overall"):
        expect(name in scores, f"the report has no {name} score: {scores}", app)
    expect(isinstance(scores["Overall"], int) and 0 < scores["Overall"] <= 100,
           f"the overall score is {scores['Overall']}", app)
    labels = [n.name for n in in_frame(tree, frame, role="label") if n.name]
    log(f"# report labels: {labels[:40]}")
    check_named(app, tree, "in the practice report")
    e2e.pointer_away(app)
    screenshot("matching-practice.png")

    # Close it: the Match section's history shows the session.
    hover(app, "^Practice Report$")
    e2e.press("Escape")
    try:
        app.wait(lambda t: practice_frame(t) is None, "the practice report to close on Escape",
                 timeout=5)
    except TestFailure:
        tree = app.snapshot()
        frame = practice_frame(tree)
        closes = in_frame(tree, frame, role="push button", name_re=r"^Close")
        expect(closes, "the practice report does not close on Escape and has no Close button", app)
        do_action(closes[0], "click")
        app.wait(lambda t: practice_frame(t) is None, "the practice report to close")
    history = rf"^Overall {scores['Overall']} of 100 · 5 questions$"
    tree = app.wait(lambda t: [n for n in t.find(under=main_frame(t), name_re=history)
                               if n.width > 0]
                    or [n for n in t.find(under=main_frame(t), name_re=r"Overall \d+ of 100")
                        if n.width > 0],
                    "the session in the Match section's practice history")
    shown = [n.name for n in tree.find(under=main_frame(tree), name_re=r"Overall \d+ of 100")]
    log(f"# practice history: {shown}")
    expect(any(re.search(history, n) for n in shown),
           f"the practice history shows {shown}, not {history!r}", app)


def scenario(app, cli_binary, data_dir, cli_env, jobs, cv_path):
    started = time.monotonic()
    import_cv_through_chooser(app, cv_path)
    skills = check_profile(app, cli_binary, data_dir, cli_env)
    log(f"# step 1 (import) done after {time.monotonic() - started:.1f} s")
    change_level(app, cli_binary, data_dir, cli_env, "Rust", skills.get("Rust"))
    log(f"# step 2 (profile) done after {time.monotonic() - started:.1f} s")
    check_board_scores(app)
    check_match_section(app, cli_binary, data_dir, cli_env, jobs["rust"])
    log(f"# step 3 (match) done after {time.monotonic() - started:.1f} s")
    check_recommended(app, cli_binary, data_dir, cli_env)
    log(f"# step 4 (recommended) done after {time.monotonic() - started:.1f} s")
    practice(app)
    log(f"# step 5 (practice) done after {time.monotonic() - started:.1f} s")


# ---------------------------------------------------------------------------


def main():
    if not os.environ.get("DISPLAY"):
        skip("no DISPLAY (run under xvfb-run)")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        skip("no DBUS_SESSION_BUS_ADDRESS (run under dbus-run-session)")
    if not shutil.which("xdotool"):
        skip("xdotool is not installed (needed to type in the file chooser)")
    binaries = {}
    for key in ("PURSUIT_BIN", "PURSUIT_CLI"):
        binaries[key] = os.environ.get(key)
        if not binaries[key] or not os.access(binaries[key], os.X_OK):
            log(f"{key} is not an executable: {binaries[key]!r}")
            return 1
    cv_path = os.path.abspath(os.environ.get("PURSUIT_E2E_CV") or CV)
    if not os.path.isfile(cv_path):
        log(f"no CV fixture: {cv_path}")
        return 1
    dog = e2e.prepare_accessibility_and_deadline(OVERALL_TIMEOUT)

    title = "a CV imported, scores, the Match section, Recommended and an interview practice"
    started = time.monotonic()
    tmp = tempfile.mkdtemp(prefix="pursuit-e2e-matching-")
    failed = False
    app = None
    xlib, x_display = e2e.hold_display()
    try:
        e2e.ensure_a11y_bus()
        if e2e.session_bus_has_name("io.github.pursuit.Pursuit"):
            raise TestFailure("another Pursuit already owns io.github.pursuit.Pursuit on "
                              "this session bus; run under dbus-run-session")
        data_dir = os.path.join(tmp, "data")
        home = os.path.join(tmp, "home")
        os.makedirs(data_dir)
        os.makedirs(home)
        app_env = {"HOME": home, "PURSUIT_DATA_DIR": data_dir,
                   "XDG_CACHE_HOME": os.path.join(tmp, "cache")}
        cli_env = dict(os.environ, **app_env, LC_ALL="C.UTF-8")
        jobs = fill_store(binaries["PURSUIT_CLI"], data_dir, cli_env)

        # As tall as the screen: less scrolling, more in the screenshots.
        app = e2e.App("matching", binaries["PURSUIT_BIN"], os.environ.get("GSETTINGS_SCHEMA_DIR"),
                      env_extra=app_env,
                      settings={"window-width": "1280", "window-height": "1000"})
        try:
            app.wait_for_window()
            scenario(app, binaries["PURSUIT_CLI"], data_dir, cli_env, jobs, cv_path)
            app.quit_cleanly()
            log(f"ok 1 - {title} ({time.monotonic() - started:.1f} s)")
        except Exception as error:
            failed = True
            log(f"not ok 1 - {title}")
            log(f"# FAILED: {error}")
            if not isinstance(error, TestFailure):
                traceback.print_exc(file=sys.stdout)
            app.log_failure("matching-failure.png")
    except Exception as error:
        failed = True
        log(f"# FAILED: {error}")
        if not isinstance(error, (TestFailure, e2e.OverallTimeout)):
            traceback.print_exc(file=sys.stdout)
    finally:
        signal.alarm(0)
        if app is not None:
            app.stop()
        e2e.kill_all_children()
        xlib.XCloseDisplay(e2e.ctypes.c_void_p(x_display))
        dog.cancel()
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
