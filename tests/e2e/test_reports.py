#!/usr/bin/python3
# test_reports.py: Reports, documents, applying and company pages through
# the real GUI. Drives the built `pursuit` through the accessibility tree
# (AT-SPI, with pyatspi) on a store filled by pursuit-cli (sample data with
# history, a CV, a saved posting with an apply URL): the Reports page's
# figures against `pursuit-cli report --json`, a table view, a funnel bar
# that filters the board, PDF and CSV exports through the file chooser, the
# page in the dark style; a cover letter written in the document editor, the
# Apply button and its dialog, and a company page.
#
# Copyright 2026 The Pursuit developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run with Debian's /usr/bin/python3 (python3-pyatspi), under a display and
# a session bus, as CI does:
#
#   xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
#     meson test -C build e2e-reports --print-errorlogs
#
# Environment:
#   PURSUIT_BIN             the built `pursuit` executable (required)
#   PURSUIT_CLI             the built `pursuit-cli` executable (required)
#   GSETTINGS_SCHEMA_DIR    the build's data dir, with gschemas.compiled
#   PURSUIT_SCREENSHOT_DIR  where the PNGs go (default: ./tests/screenshots)
#
# Exits 77 (skipped) without a display, a session bus, pyatspi or xdotool;
# any other problem is a failure.

import http.server
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_window as e2e  # noqa: E402  (the shared helpers)
from test_accounts import cli, install_browser  # noqa: E402
from test_matching import (Box, choose_path, click, frame_named, hover, in_frame,  # noqa: E402
                           main_frame, on_page, scroll_to, type_text)
from test_window import TestFailure, do_action, expect, log, screenshot, skip  # noqa: E402

OVERALL_TIMEOUT = 400       # seconds, for the whole script (meson: 450)
REPORT_TIMEOUT = 20         # seconds, for a report to be computed and shown
CV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "cv", "e2e-cv.txt")

POSTING = ("Technical Writer", "Acme Inc")
# The same company spelt another way: one company page for both.
OTHER = ("Support Engineer", "ACME")
POSTING_DESCRIPTION = """\
Acme Inc writes developer tools for Linux.

Requirements
- Git and Linux
- Python for tooling
- Clear technical English

Nice to have
- Meson
"""
EDIT_LINE = "P.S. I can start in January and would enjoy a call."

# The figure tiles: JSON key → caption (the tile's accessible name is
# "Caption: value").
FIGURES = {
    "applications": "Applications",
    "response_rate": "Response rate",
    "median_response_days": "Median time to first response",
    "active": "Active applications",
    "due_this_week": "Due this week",
}

# pursuit-chart.c's geometry of horizontal bars and funnels.
CHART_PAD = 6.0
CHART_ROW_HEIGHT = 28.0


# ---------------------------------------------------------------------------
# The store and the apply page


class ApplyPage(http.server.BaseHTTPRequestHandler):
    """The posting's apply page: what the scripted browser fetches."""

    def do_GET(self):  # noqa: N802
        body = b"<html><body>Apply here</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def start_apply_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), ApplyPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/apply"


def fill_store(binary, data_dir, env, apply_url):
    """Sample jobs with history, a CV, the posting to apply to and a
    second job at the same company."""
    cli(binary, data_dir, env, "demo", "--seed", "8")
    cli(binary, data_dir, env, "cv", "import", os.path.abspath(CV))
    posting = int(cli(binary, data_dir, env, "add", "--title", POSTING[0], "--company", POSTING[1],
                      "--apply-url", apply_url, "--description", POSTING_DESCRIPTION,
                      "--location", "Berlin").strip().split()[-1])
    other = int(cli(binary, data_dir, env, "add", "--title", OTHER[0], "--company", OTHER[1],
                    "--stage", "applied").strip().split()[-1])
    log(f"# store: demo jobs, posting {posting}, other {other}")
    return posting, other


def cli_json(binary, data_dir, env, *args):
    return json.loads(cli(binary, data_dir, env, *args))


def section(report, section_id):
    found = [s for s in report["sections"] if s["id"] == section_id]
    if not found:
        raise TestFailure(f"pursuit-cli report --json has no section {section_id!r}: "
                          f"{[s['id'] for s in report['sections']]}")
    return found[0]


# ---------------------------------------------------------------------------
# Reports


def normal(text):
    """@text with the space before a percent sign dropped: "44 %", "44%"
    and "44\u202f%" are all the same figure."""
    return re.sub(r"[\s\u00a0\u202f]+%", "%", text)


def figure_texts(tree):
    """{key: shown value} of the figure tiles, from their accessible names."""
    shown = {}
    for key, caption in FIGURES.items():
        nodes = [n for n in tree.find(name_re=rf"^{re.escape(caption)}: ", under=main_frame(tree))
                 if n.allocated]
        if nodes:
            shown[key] = normal(nodes[0].name[len(caption) + 2:])
    return shown


def expected_figures(report):
    """The tiles' texts for `pursuit-cli report --json`'s figures, formatted
    as pursuit-reports-view.c does in the C locale."""
    figures = report["figures"]
    applications = figures["applications"]
    rate = figures["response_rate"]
    median = figures["median_response_days"]
    return {
        "applications": f"{max(applications, 0):.0f}",
        "response_rate": "–" if applications <= 0 or rate < 0 else f"{rate * 100:.0f}%",
        "median_response_days": "–" if median < 0 else
        f"{int(median)} {'day' if int(median) == 1 else 'days'}",
        "active": f"{max(figures['active'], 0):.0f}",
        "due_this_week": f"{max(figures['due_this_week'], 0):.0f}",
    }


def open_reports(app):
    """Ctrl+3: the Reports page with its figures."""
    hover(app, None)
    e2e.press("ctrl+3")
    try:
        return app.wait(lambda t: len(figure_texts(t)) == len(FIGURES),
                        "the Reports page's five figures after Ctrl+3", timeout=REPORT_TIMEOUT)
    except TestFailure:
        tree = app.snapshot()
        tab = e2e.showing_tab(tree, "Reports")
        expect(tab is not None, "Ctrl+3 does not open Reports and there is no Reports tab", app)
        do_action(tab, "click")
        return app.wait(lambda t: len(figure_texts(t)) == len(FIGURES),
                        "the Reports page's five figures after its tab", timeout=REPORT_TIMEOUT)


RANGES = ["Last 30 Days", "Last 90 Days", "This Year", "All Time", "Custom…"]


def range_dropdown(tree):
    found = [n for n in in_frame(tree, main_frame(tree), name="Date Range") if n.role != "label"]
    return found[0] if found else None


def range_shown(tree):
    """The range the drop-down shows: its label."""
    dropdown = range_dropdown(tree)
    if dropdown is None:
        return None
    labels = [n.name for n in dropdown.descendants() if n.role == "label" and n.name in RANGES]
    return labels[0] if labels else None


def choose_all_time(app):
    """Opens the range drop-down with a click and picks "All Time" with the
    keyboard (the popup is a surface of its own: its items' window
    coordinates are not the main window's)."""
    tree = app.snapshot()
    dropdown = range_dropdown(tree)
    expect(dropdown is not None, "no 'Date Range' drop-down on the Reports page", app)
    log(f"# range drop-down: {dropdown!r}, showing {range_shown(tree)!r}")
    click(app, dropdown)
    app.wait(lambda t: [n for n in t.find(name="Custom…") if n.width > 0 and n.role == "label"],
             "the open range drop-down's list")
    e2e.press("Home")
    for _ in range(RANGES.index("All Time")):
        e2e.press("Down")
    e2e.press("Return")
    try:
        app.wait(lambda t: range_shown(t) == "All Time", "the range drop-down to show 'All Time'")
    except TestFailure:
        raise TestFailure(f"the range drop-down shows {range_shown(app.snapshot())!r} after "
                          "picking 'All Time'")


def check_figures(app, report):
    wanted = expected_figures(report)
    try:
        tree = app.wait(lambda t: figure_texts(t) == wanted,
                        f"the figures {wanted} of pursuit-cli report --json",
                        timeout=REPORT_TIMEOUT)
    except TestFailure:
        shown = figure_texts(app.snapshot())
        raise TestFailure(f"the Reports page shows the figures {shown}, pursuit-cli report --json "
                          f"gives {wanted} ({report['figures']})")
    log(f"# figures shown: {figure_texts(tree)}")
    return tree


def on_screen(app, node):
    """@node, scrolled into the main window if it is not in it."""
    frame = main_frame(app.tree)
    if 60 < node.y and node.y + node.height < frame.height - 20:
        return node
    return scroll_to(app, node) or node


def chart_of(tree, title):
    charts = [n for n in tree.find(name=title, under=main_frame(tree))
              if n.role == "image" and n.width > 0]
    return charts[0] if charts else None


def toggle_above(tree, node, name):
    """The card's "Show as Table"/"Show as Chart" toggle: the nearest one
    above @node."""
    toggles = [n for n in tree.find(name=name, under=main_frame(tree))
               if n.role in ("toggle button", "push button") and n.width > 0 and n.y <= node.y]
    toggles.sort(key=lambda n: node.y - n.y)
    return toggles[0] if toggles else None


def check_table(app, report):
    """By Source as a table: its first row's numbers as in the JSON."""
    by_source = section(report, "by-source")
    expect(by_source["rows"], "pursuit-cli report --json has no rows in By Source", app)
    row = by_source["rows"][0]
    tree = app.snapshot()
    chart = chart_of(tree, by_source["title"])
    expect(chart is not None, f"no chart named {by_source['title']!r} on the Reports page", app)
    log(f"# chart {by_source['title']!r}: {chart!r}; description: "
        f"{(chart.acc.description or '')[:300]!r}")
    expect(row["label"] in (chart.acc.description or ""),
           f"the By Source chart's description does not name {row['label']!r}", app)
    toggle = toggle_above(tree, chart, "Show as Table")
    expect(toggle is not None, "no 'Show as Table' toggle above the By Source chart", app)
    do_action(toggle)
    show = f"Show {row['label']} on the Board"
    tree = app.wait(lambda t: [n for n in t.find(name=show) if n.width > 0],
                    f"the By Source table with a {show!r} button")
    grid = [n for n in tree.find(name=by_source["title"], under=main_frame(tree))
            if n.role != "image" and n.width > 0 and n.role != "label"]
    expect(grid, f"no table named {by_source['title']!r} after 'Show as Table'", app)
    label = [n for n in tree.find(role="label", name=row["label"], under=grid[0]) if n.width > 0]
    expect(label, f"no row {row['label']!r} in the By Source table", app)
    cells = sorted((n for n in tree.find(role="label", under=grid[0])
                    if n.width > 0 and abs(n.y - label[0].y) < 8 and n.x > label[0].x),
                   key=lambda n: n.x)
    cells = [n.name for n in cells]
    log(f"# By Source row {row['label']!r}: {cells}; JSON {row['values']}")
    columns = [c["key"] for c in by_source["columns"]]
    for number, key in enumerate(columns):
        value = row["values"][key]
        text = f"{value * 100:.0f}%" if key.endswith("_rate") else f"{value:.0f}"
        expect(number < len(cells) and normal(cells[number]) == text,
               f"the By Source table's row {row['label']!r} shows {cells}; column {key} "
               f"should be {text!r} (JSON {row['values']})", app)
    # Back to the chart, for the dark screenshot and the next run.
    tree = app.snapshot()
    back = [n for n in tree.find(name="Show as Chart", under=main_frame(tree)) if n.width > 0]
    expect(back, "the toggle does not say 'Show as Chart' with the table on", app)


def check_named(app, tree, where):
    # libadwaita 1.2's toasts have a close button without a name: not ours.
    bad = [b for b in e2e.unnamed_controls(tree) if b != "push button 'GtkImage' in 'Pursuit'"]
    expect(not bad, f"controls without an accessible name {where}: {bad}", app)


def funnel_bar(app, report, stage):
    """Clicks the funnel's bar of @stage; returns its JSON row."""
    funnel = section(report, "funnel")
    labels = [r["label"] for r in funnel["rows"]]
    expect(stage in labels, f"no {stage!r} row in the funnel: {labels}", app)
    index = labels.index(stage)
    tree = app.snapshot()
    chart = chart_of(tree, funnel["title"])
    expect(chart is not None, f"no chart named {funnel['title']!r} on the Reports page", app)
    chart = on_screen(app, chart)
    frame = main_frame(app.snapshot())
    row_height = min(CHART_ROW_HEIGHT, (chart.height - 2 * CHART_PAD) / len(labels))
    y = chart.y + CHART_PAD + (index + 0.5) * row_height
    expect(0 < y < frame.height, f"the funnel bar {stage!r} is off the window ({chart!r})", app)
    log(f"# funnel chart {chart!r}; clicking row {index} ({stage}) at y {y:.0f}")
    click(app, Box(chart.x, int(y) - 1, chart.width, 2))
    return funnel["rows"][index]


def report_chip(tree):
    return [n for n in tree.find(name="Show All Jobs") if n.role == "push button"
            and n.width > 0]


def check_board_filter(app, report, total):
    row = funnel_bar(app, report, "Screening")
    wanted = len(row["job_ids"])
    try:
        tree = app.wait(lambda t: e2e.total_jobs(t) == wanted and report_chip(t),
                        f"the board with the {wanted} jobs of the funnel's Screening bar")
    except TestFailure:
        tree = app.snapshot()
        raise TestFailure(f"after a click on the Screening bar the board shows "
                          f"{e2e.total_jobs(tree)} jobs ({e2e.column_counts(tree)}), "
                          f"not the {wanted} of pursuit-cli report --json")
    chip = report_chip(tree)[0]
    log(f"# board: {e2e.column_counts(tree)}; chip {chip!r} {chip.acc.description!r}")
    expect("Screening" in (chip.acc.description or "") or any(
        "Screening" in n.name for n in chip.descendants()),
        f"the filter chip does not say which jobs it shows: {chip.acc.description!r}", app)
    do_action(chip)
    tree = app.wait(lambda t: e2e.total_jobs(t) == total and not report_chip(t),
                    f"all {total} jobs back after 'Show All Jobs'")
    log(f"# after clearing the filter: {e2e.column_counts(tree)}")


def export_through_chooser(app, item_re, chooser_re, path):
    tree = app.snapshot()
    button = [n for n in in_frame(tree, main_frame(tree), name="Export")
              if n.role in ("push button", "toggle button")]
    expect(button, "no 'Export' menu button on the Reports page", app)
    # GTK 4.8's menu buttons have no AT-SPI action: a click.
    click(app, button[0])
    tree = app.wait(lambda t: [n for n in t.find(name_re=item_re) if n.width > 0
                               and n.role in ("menu item", "push button", "check menu item")],
                    f"the Export menu's item {item_re!r}")
    item = [n for n in tree.find(name_re=item_re) if n.width > 0
            and n.role in ("menu item", "push button", "check menu item")][0]
    do_action(item)
    tree = app.wait(lambda t: frame_named(t, chooser_re) is not None,
                    f"the file chooser {chooser_re!r}", timeout=15)
    # A save chooser has its name entry focused: a whole path replaces the name.
    choose_path(app, chooser_re, path)
    deadline = time.monotonic() + 20
    while not (os.path.exists(path) and os.path.getsize(path) > 0):
        expect(time.monotonic() < deadline, f"{path} was not written after the file chooser", app)
        time.sleep(0.25)
    time.sleep(0.5)


def pdf_text(path):
    """The PDF's text, read with Poppler when gi has it, else None."""
    try:
        import gi
        gi.require_version("Poppler", "0.18")
        from gi.repository import Poppler
    except (ImportError, ValueError):
        return None
    document = Poppler.Document.new_from_file("file://" + path, None)
    return document.get_n_pages(), "\n".join(document.get_page(i).get_text() or ""
                                             for i in range(document.get_n_pages()))


def check_exports(app, report, out_dir):
    pdf = os.path.join(out_dir, "report.pdf")
    export_through_chooser(app, r"^Export as _?PDF", r"^Export Report as PDF$", pdf)
    with open(pdf, "rb") as f:
        head = f.read(5)
    expect(head == b"%PDF-", f"{pdf} does not start with %PDF- but {head!r}", app)
    read = pdf_text(pdf)
    if read is None:
        log("# no Poppler in gi: the PDF's text is not checked")
    else:
        pages, text = read
        titles = [s["title"] for s in report["sections"]]
        missing = [t for t in titles if t not in text]
        log(f"# report.pdf: {os.path.getsize(pdf)} bytes, {pages} pages; titles missing: {missing}")
        expect(not missing, f"the exported PDF lacks the section titles {missing}", app)

    csv = os.path.join(out_dir, "numbers.csv")
    export_through_chooser(app, r"^Export Numbers as _?CSV", r"^Export Numbers as CSV$", csv)
    with open(csv, encoding="utf-8") as f:
        text = f.read()
    log(f"# numbers.csv: {len(text)} characters; first lines: {text.splitlines()[:3]}")
    first_source = section(report, "by-source")["rows"][0]["label"]
    for wanted in (section(report, "funnel")["title"], "Screening", first_source):
        expect(wanted in text, f"the exported CSV does not contain {wanted!r}", app)


def reports_scenario(app, cli_binary, data_dir, cli_env, out_dir):
    report = cli_json(cli_binary, data_dir, cli_env, "report", "--json")
    log(f"# pursuit-cli report --json: figures {report['figures']}")
    total = len(cli_json(cli_binary, data_dir, cli_env, "list", "--json"))
    open_reports(app)
    choose_all_time(app)
    tree = check_figures(app, report)
    check_named(app, tree, "on the Reports page")
    e2e.pointer_away(app)
    # Not "reports-light.png": tests/test-reports-view.c saves that one.
    screenshot("reports-e2e-light.png")
    check_table(app, report)
    check_board_filter(app, report, total)
    open_reports(app)
    check_exports(app, report, out_dir)


# ---------------------------------------------------------------------------
# Documents, applying and the company page


def job_page_ready(tree):
    frame = main_frame(tree)
    return bool(on_page(tree, frame, name="Write a Document")
                and on_page(tree, frame, role="push button", name_re=r"^_?Company Page$"))


def open_posting(app):
    """Searches the company, then Enter on the posting's card."""
    tree = app.snapshot()
    tab = e2e.showing_tab(tree, "Board")
    expect(tab is not None, "no Board page tab", app)
    do_action(tab, "click")
    tree = app.snapshot()
    do_action(tree.frame(), "win.search")
    tree = app.wait(lambda t: t.find(role="entry", showing=True), "the search entry to show")
    entry = tree.find(role="entry", showing=True)[0]
    entry.acc.queryEditableText().setTextContents("Acme")
    tree = app.wait(lambda t: POSTING[0] in e2e.board_cards(t) and OTHER[0] in e2e.board_cards(t),
                    f"the cards {POSTING[0]!r} and {OTHER[0]!r} after searching 'Acme'")
    item = next(item for column in tree.find(role="list", name="Saved") if column.allocated
                for item in column.children
                if item.role == "list item" and e2e.card_title(item) == POSTING[0])
    click(app, item)
    subprocess.run(["xdotool", "key", "Return"], timeout=10, check=True)
    return app.wait(job_page_ready, f"the job page of {POSTING[0]!r}", timeout=15)


def editor_frame(tree):
    frames = [n for n in tree.root.children if n.width > 0 and n.role in ("frame", "filler", "dialog")
              and any(d.name == "Text of the document" for d in n.descendants())]
    return frames[0] if frames else None


def editor_text(tree):
    frame = editor_frame(tree)
    texts = [n for n in in_frame(tree, frame, name="Text of the document") if n.role == "text"]
    if not texts:
        return None, ""
    text = texts[0].acc.queryText()
    return texts[0], text.getText(0, text.characterCount)


def window_re(frame):
    """An xdotool --name pattern for @frame's X window: its title's first
    word (xdotool's regular expressions are not Python's)."""
    word = re.match(r"[\w-]+", frame.name or "")
    return f"^{word.group(0)}" if word else None


def write_cover_letter(app, cli_binary, data_dir, cli_env, job_id):
    tree = app.snapshot()
    frame = main_frame(tree)
    menu = [n for n in on_page(tree, frame, name="Write a Document") if n.role != "label"]
    menu = on_screen(app, menu[0])
    click(app, menu)
    tree = app.wait(lambda t: [n for n in t.find(name_re=r"^New _?Cover Letter") if n.width > 0
                               and n.role != "label"],
                    "the 'New Cover Letter…' item of 'Write a Document'")
    item = [n for n in tree.find(name_re=r"^New _?Cover Letter") if n.width > 0
            and n.role != "label"][0]
    do_action(item)
    tree = app.wait(lambda t: POSTING[0] in editor_text(t)[1],
                    "the document editor with a cover letter for the posting", timeout=15)
    node, body = editor_text(tree)
    log(f"# editor {editor_frame(tree)!r}: {body[:300]!r}")
    expect(POSTING[1] in body, f"the cover letter does not name {POSTING[1]!r}: {body[:400]!r}", app)
    check_named(app, tree, "in the document editor")

    # A line of our own at the end.
    click(app, node, window_re(editor_frame(tree)))
    e2e.press("ctrl+End")
    type_text("\n" + EDIT_LINE)
    tree = app.wait(lambda t: EDIT_LINE in editor_text(t)[1]
                    and in_frame(t, editor_frame(t), role="label", name="Saved"),
                    "the edit in the editor and 'Saved'", timeout=15)
    e2e.pointer_away(app)
    screenshot("documents-editor.png")

    frame = editor_frame(tree)
    closes = [n for n in in_frame(tree, frame, role="push button", name="Close")]
    if closes:
        do_action(closes[0])
    else:
        hover(app, window_re(frame))
        e2e.press("ctrl+w")
    app.wait(lambda t: editor_frame(t) is None, "the document editor to close")

    documents = cli_json(cli_binary, data_dir, cli_env, "document", "list", str(job_id), "--json")
    letters = [d for d in documents if d.get("kind") == "cover_letter"]
    expect(len(letters) == 1, f"pursuit-cli document list {job_id} has {len(letters)} cover "
           f"letters: {json.dumps(documents)[:600]}", app)
    expect(EDIT_LINE in (letters[0].get("body") or ""),
           f"the stored cover letter lacks the edit: {letters[0].get('body', '')[-300:]!r}", app)
    title = letters[0]["title"]
    tree = app.wait(lambda t: [n for n in on_page(t, main_frame(t), name=title)],
                    f"the document {title!r} in the Documents section")
    log(f"# stored: {title!r} (document {letters[0]['id']})")
    return letters[0]


def apply_frame(tree):
    return frame_named(tree, r"^Application Sent\?$")


def apply(app, cli_binary, data_dir, cli_env, job_id, letter, browser_log, apply_url):
    tree = app.snapshot()
    button = on_page(tree, main_frame(tree), role="push button", name_re=r"^_?Apply( Apply)?$")
    expect(button, "no 'Apply' button on the saved posting's page", app)
    do_action(button[0])
    deadline = time.monotonic() + 20
    while True:
        seen = open(browser_log, encoding="utf-8").read() if os.path.exists(browser_log) else ""
        if apply_url in seen:
            break
        expect(time.monotonic() < deadline, f"the browser did not open {apply_url}: {seen!r}", app)
        time.sleep(0.25)
    log(f"# the browser: {seen.splitlines()[0]!r}")
    # No window manager: the window never loses focus, so "Mark as Applied…"
    # asks (the dialog comes by itself when the window is activated again).
    try:
        tree = app.wait(lambda t: apply_frame(t) is not None
                        or on_page(t, main_frame(t), role="push button",
                                   name_re=r"^Mark as _?Applied"),
                        "'Mark as Applied…' after the browser opened the apply page")
    except TestFailure:
        raise TestFailure("the Apply button neither asks nor becomes 'Mark as Applied…'")
    if apply_frame(tree) is None:
        mark = on_page(tree, main_frame(tree), role="push button", name_re=r"^Mark as _?Applied")
        do_action(mark[0])
    tree = app.wait(lambda t: in_frame(t, apply_frame(t), role="push button", name_re=r"^_?Sent( Sent)?$"),
                    "the 'Application Sent?' dialog with its 'Sent' button")
    frame = apply_frame(tree)
    checks = [n for n in in_frame(tree, frame, role="check box")]
    rows = [(n.name, "checked" in n.states) for n in checks]
    log(f"# dialog checks: {rows}")
    labels = [n.name for n in in_frame(tree, frame, role="label") if n.name]
    log(f"# dialog labels: {labels[:12]}")
    letter_checks = [n for n in checks if letter["title"] in n.name]
    if not letter_checks:
        # The check is the row's prefix: the row holds the title.
        letter_checks = [n for n in checks if n.parent and any(
            letter["title"] in d.name for d in n.parent.descendants())]
    expect(letter_checks, f"no check for {letter['title']!r} in the dialog: {rows} {labels}", app)
    if "checked" not in letter_checks[0].states:
        do_action(letter_checks[0])
    check_named(app, tree, "in the apply dialog")
    e2e.pointer_away(app)
    screenshot("documents-apply.png")
    sent = in_frame(tree, frame, role="push button", name_re=r"^_?Sent( Sent)?$")[0]
    do_action(sent)
    app.wait(lambda t: apply_frame(t) is None, "the apply dialog to close after 'Sent'")

    job = cli_json(cli_binary, data_dir, cli_env, "show", str(job_id), "--json")
    expect(job.get("stage") == "applied", f"the posting is in {job.get('stage')!r} after 'Sent'",
           app)
    follow_ups = [f for f in job.get("follow_ups", []) if f.get("status") == "pending"]
    expect(follow_ups, f"no pending follow-ups after 'Sent': {job.get('follow_ups')}", app)
    log(f"# applied; follow-ups due {[f.get('due_at') for f in follow_ups]}")
    documents = cli_json(cli_binary, data_dir, cli_env, "document", "list", str(job_id), "--json")
    stored = [d for d in documents if d.get("id") == letter["id"]]
    if stored and "sent_at" in stored[0]:
        expect(stored[0]["sent_at"], f"the cover letter has no sent_at: {stored[0]}", app)
    tree = app.wait(lambda t: [n for n in on_page(t, main_frame(t), role="label", name_re=r"^Sent ")],
                    "a 'Sent …' badge on the cover letter in the Documents section")
    log(f"# badge: {[n.name for n in on_page(tree, main_frame(tree), role='label', name_re=r'^Sent ')]}")


def company_frame(tree):
    frames = [n for n in tree.root.children if n.width > 0 and n.role in ("frame", "filler", "dialog")
              and any(d.name == "Company Notes" for d in n.descendants())]
    return frames[0] if frames else None


def company_page(app, cli_binary, data_dir, cli_env):
    tree = app.snapshot()
    button = on_page(tree, main_frame(tree), role="push button", name_re=r"^_?Company Page$")
    expect(button, "no 'Company Page' button on the job page", app)
    do_action(button[0])

    def both(t):
        frame = company_frame(t)
        names = [n.name for n in t.find(under=frame)] if frame else []
        return frame is not None and any(POSTING[0] in n for n in names) and any(
            OTHER[0] in n for n in names)
    tree = app.wait(both, f"the company page listing {POSTING[0]!r} and {OTHER[0]!r}")
    frame = company_frame(tree)
    companies = cli_json(cli_binary, data_dir, cli_env, "company", "--json")
    acme = [c for c in companies if c.get("name") in (POSTING[1], OTHER[1])]
    log(f"# company page {frame!r}; pursuit-cli company: {acme}")
    expect(acme and acme[0].get("jobs") == 2, f"pursuit-cli company counts {acme}", app)
    check_named(app, tree, "on the company page")
    labels = [n.name for n in in_frame(tree, frame, role="label") if n.name]
    expect(not any(re.search(r"<[a-z/]|&amp;", n) for n in labels),
           f"markup shown on the company page: {labels}", app)
    e2e.pointer_away(app)
    screenshot("company-page.png")
    closes = in_frame(tree, frame, role="push button", name="Close")
    if closes:
        do_action(closes[0])
        app.wait(lambda t: company_frame(t) is None, "the company page to close")


def scenario(app, cli_binary, data_dir, cli_env, out_dir, jobs, browser_log, apply_url):
    started = time.monotonic()
    reports_scenario(app, cli_binary, data_dir, cli_env, out_dir)
    log(f"# reports done after {time.monotonic() - started:.1f} s")
    open_posting(app)
    log(f"# job page open after {time.monotonic() - started:.1f} s")
    letter = write_cover_letter(app, cli_binary, data_dir, cli_env, jobs[0])
    log(f"# cover letter done after {time.monotonic() - started:.1f} s")
    apply(app, cli_binary, data_dir, cli_env, jobs[0], letter, browser_log, apply_url)
    log(f"# apply done after {time.monotonic() - started:.1f} s")
    company_page(app, cli_binary, data_dir, cli_env)
    log(f"# company page done after {time.monotonic() - started:.1f} s")


def dark_scenario(app, cli_binary, data_dir, cli_env):
    report = cli_json(cli_binary, data_dir, cli_env, "report", "--json")
    open_reports(app)
    choose_all_time(app)
    tree = check_figures(app, report)
    e2e.pointer_away(app)
    path = screenshot("reports-e2e-dark.png")
    brightness = e2e.mean_brightness(path, e2e.window_geometry(app, tree))
    if brightness is not None:
        log(f"# reports-e2e-dark.png: mean brightness of the window {brightness:.2f}")
        expect(brightness < 0.45, f"the dark Reports page looks light (mean grey {brightness:.2f})",
               app)


# ---------------------------------------------------------------------------


def run_app(name, binary, tmp, app_env, run, extra_env=None):
    """Starts the app with a browser of its own, runs @run(app, browser_log),
    quits it cleanly."""
    config_home = os.path.join(tmp, name, "config")
    data_home = os.path.join(tmp, name, "share")
    os.makedirs(os.path.join(tmp, name))
    browser_log = install_browser(os.path.join(tmp, name), config_home, data_home)
    env = dict(app_env, XDG_CONFIG_HOME=config_home, XDG_DATA_HOME=data_home, **(extra_env or {}))
    app = e2e.App(name, binary, os.environ.get("GSETTINGS_SCHEMA_DIR"), env_extra=env,
                  settings={"window-width": "1280", "window-height": "1000"})
    try:
        app.wait_for_window()
        run(app, browser_log)
        app.quit_cleanly()
    except Exception:
        app.log_failure(f"reports-{name}-failure.png")
        raise
    finally:
        app.stop()


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
    dog = e2e.prepare_accessibility_and_deadline(OVERALL_TIMEOUT)

    title = "Reports, exports, dark style, a cover letter, applying and a company page"
    started = time.monotonic()
    tmp = tempfile.mkdtemp(prefix="pursuit-e2e-reports-")
    failed = False
    server = None
    xlib, x_display = e2e.hold_display()
    try:
        e2e.ensure_a11y_bus()
        if e2e.session_bus_has_name("io.github.pursuit.Pursuit"):
            raise TestFailure("another Pursuit already owns io.github.pursuit.Pursuit on "
                              "this session bus; run under dbus-run-session")
        server, apply_url = start_apply_server()
        data_dir = os.path.join(tmp, "data")
        home = os.path.join(tmp, "home")
        out_dir = os.path.join(tmp, "out")
        for directory in (data_dir, home, out_dir):
            os.makedirs(directory)
        app_env = {"HOME": home, "PURSUIT_DATA_DIR": data_dir,
                   "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
                   # The scripted browser fetches the apply page directly.
                   "no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost"}
        cli_env = dict(os.environ, **app_env, LC_ALL="C.UTF-8")
        cli_binary = binaries["PURSUIT_CLI"]
        jobs = fill_store(cli_binary, data_dir, cli_env, apply_url)

        run_app("light", binaries["PURSUIT_BIN"], tmp, app_env,
                lambda app, browser_log: scenario(app, cli_binary, data_dir, cli_env, out_dir,
                                                  jobs, browser_log, apply_url))
        log(f"# light run done after {time.monotonic() - started:.1f} s")
        run_app("dark", binaries["PURSUIT_BIN"], tmp, app_env,
                lambda app, browser_log: dark_scenario(app, cli_binary, data_dir, cli_env),
                extra_env={"ADW_DEBUG_COLOR_SCHEME": "prefer-dark"})
        log(f"ok 1 - {title} ({time.monotonic() - started:.1f} s)")
    except Exception as error:
        failed = True
        log(f"not ok 1 - {title}")
        log(f"# FAILED: {error}")
        if not isinstance(error, (TestFailure, e2e.OverallTimeout)):
            traceback.print_exc(file=sys.stdout)
    finally:
        signal.alarm(0)
        if server is not None:
            server.shutdown()
        e2e.kill_all_children()
        xlib.XCloseDisplay(e2e.ctypes.c_void_p(x_display))
        dog.cancel()
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
