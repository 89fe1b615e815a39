#!/usr/bin/python3
# test_inbox.py: Gmail through the real GUI. Drives the built `pursuit`
# through the accessibility tree (AT-SPI, with pyatspi) against the
# standalone fake Google holding a small mailbox: connects Google and turns
# Gmail on in Preferences, syncs the Inbox, accepts and dismisses
# suggestions, and sends a follow-up as a reply in the job's thread.
#
# Copyright 2026 The Pursuit developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run with Debian's /usr/bin/python3 (python3-pyatspi), under a display and
# a session bus, as CI does:
#
#   xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
#     meson test -C build e2e-inbox --print-errorlogs
#
# Environment: as tests/e2e/test_accounts.py, plus
#   PURSUIT_E2E_MAILBOX     the folder of *.eml the fake's inbox starts with
#                           (default: tests/fixtures/mail/e2e)
#
# Exits 77 (skipped) without a display, a session bus, pyatspi or
# gnome-keyring-daemon; any other problem is a failure.

import datetime
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_window as e2e  # noqa: E402  (the shared helpers)
import test_accounts as accounts  # noqa: E402  (keyring, fake Google, browser, Preferences)
from test_accounts import cli  # noqa: E402
from test_matching import in_frame, main_frame  # noqa: E402
from test_window import TestFailure, do_action, expect, log, screenshot  # noqa: E402

OVERALL_TIMEOUT = 400       # seconds, for the whole script (meson: 450)
SYNC_TIMEOUT = 60           # seconds, from Sync Now to the suggestions
SEND_TIMEOUT = 30           # seconds, from Send to the follow-up marked sent
MAILBOX = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "mail", "e2e")

REJECTED = ("Greenhouse Engineer", "Kew Botanics")
INTERVIEW = ("Platform Engineer", "Northwind")
INTERVIEW_SUBJECT = "Interview for the Platform Engineer role"
INTERVIEW_MESSAGE_ID = "e2e-interview-1@northwind.example"
INTERVIEW_FROM = "priya.costa@northwind.example"
GMAIL_READ_SCOPE = "https://www.googleapis.com/auth/gmail.readonly"

# The suggestions the four messages must give (the job alert gives none),
# as the Accept buttons name them: "Accept suggestion: <question>".
EXPECTED = {
    "rejection": r"^Kew Botanics: rejection\. Move to Rejected\?",
    "interview": r"^Northwind: interview invitation\. Schedule the interview\b",
    "new job": r"^Orbital Maps: application received\. Add the job\b",
}
ACCEPT = r"^Accept suggestion: "
DISMISS = r"^Dismiss suggestion: "
GMAIL_SWITCH_ROLES = ("switch", "toggle button", "check box")


# ---------------------------------------------------------------------------
# The store, through pursuit-cli


def add_job(binary, data_dir, env, title, company, applied_days_ago):
    """An applied job; applied @applied_days_ago days ago, so that the
    first step of the follow-up sequence is due (or not yet)."""
    applied = (datetime.date.today() - datetime.timedelta(days=applied_days_ago)).isoformat()
    out = cli(binary, data_dir, env, "add", "--title", title, "--company", company,
              "--stage", "applied", "--applied-date", applied)
    return int(out.strip().split()[-1])


def show(binary, data_dir, env, job_id):
    return json.loads(cli(binary, data_dir, env, "show", str(job_id), "--json"))


def pending_follow_ups(job):
    return [f for f in job.get("follow_ups", []) if f.get("status") == "pending"]


def fill_store(binary, data_dir, env):
    """The two jobs the mail is about. Northwind was applied to 8 days
    ago: its first follow-up (a week after applying) is due."""
    kew = add_job(binary, data_dir, env, *REJECTED, applied_days_ago=2)
    northwind = add_job(binary, data_dir, env, *INTERVIEW, applied_days_ago=8)
    job = show(binary, data_dir, env, northwind)
    due = pending_follow_ups(job)
    log(f"# store: jobs {kew} (Kew Botanics), {northwind} (Northwind); Northwind's "
        f"follow-ups: {[(f.get('step'), f.get('due_at'), f.get('status')) for f in job.get('follow_ups', [])]}")
    if not due:
        raise TestFailure("adding an applied job 8 days ago planned no pending follow-up: "
                          f"{job.get('follow_ups')}")
    return kew, northwind


# ---------------------------------------------------------------------------
# Through the GUI


def gmail_switch(tree):
    found = [n for n in accounts.in_prefs(tree, name_re=r"^Gmail\b")
             if n.role in GMAIL_SWITCH_ROLES]
    return found[0] if found else None


def turn_gmail_on(app, cli_binary, data_dir, cli_env, browser_log):
    """The account row's Gmail switch, as a user flips it: the app signs in
    again for the Gmail scopes and the scripted browser approves."""
    tree = app.snapshot()
    if gmail_switch(tree) is None:
        # The switch is inside the expander row, whose header has no
        # action in the accessibility tree: click it.
        accounts.click(app, tree, accounts.account_row(tree))
        tree = app.wait(lambda t: gmail_switch(t) is not None,
                        "a 'Gmail' switch after expanding the account row")
    switch = gmail_switch(tree)
    log(f"# Gmail switch: {switch!r} {sorted(switch.states & {'checked', 'pressed'})}")
    expect("checked" not in switch.states, "the Gmail switch is on before turning it on", app)
    bad = e2e.unnamed_controls(tree)
    expect(not bad, f"controls without an accessible name on the Integrations page: {bad}", app)
    accounts.integrations_shot(app, "inbox-gmail-switch.png")
    do_action(switch)

    def gmail_on():
        return accounts.only_account(cli_binary, data_dir, cli_env, app)
    try:
        account = e2e.wait_for_store("the account to have Gmail on after the switch", gmail_on,
                                 lambda a: a.get("gmail") is True, 30)
    finally:
        try:
            with open(browser_log, encoding="utf-8") as f:
                log("# the browser saw:\n" + "\n".join("#   " + line.split("\n")[0][:200]
                                                      for line in f.read().splitlines()
                                                      if line.startswith(("200", "302", "error"))))
        except OSError:
            log("# the browser was never started")
    log(f"# account after turning Gmail on: {json.dumps(account)}")
    app.wait(lambda t: gmail_switch(t) is not None and "checked" in gmail_switch(t).states,
             "the Gmail switch to show on")
    accounts.integrations_shot(app, "inbox-gmail-on.png")


def close_preferences(app):
    e2e.press("Escape")
    try:
        return app.wait(lambda t: accounts.preferences_frame(t) is None,
                        "the Preferences window to close on Escape", timeout=5)
    except TestFailure:
        # The focus was elsewhere: the window's close action instead.
        frame = accounts.preferences_frame(app.snapshot())
        names = []
        try:
            action = frame.acc.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            pass
        if "window.close" in names:
            do_action(frame, "window.close")
        return app.wait(lambda t: accounts.preferences_frame(t) is None,
                        "the Preferences window to close")


def suggestion_buttons(tree, pattern):
    """{question: button} of the suggestion buttons named @pattern + question."""
    frame = main_frame(tree)
    return {re.sub(pattern, "", n.name): n
            for n in in_frame(tree, frame, role="push button", name_re=pattern)}


def find_question(questions, kind):
    found = [q for q in questions if re.search(EXPECTED[kind], q)]
    return found[0] if found else None


def open_inbox(app):
    tree = app.snapshot()
    tab = e2e.showing_tab(tree, "Inbox")
    if tab is None:
        tabs = [n for n in tree.find(role="page tab", name_re=r"^Inbox\b") if tree.visible(n)]
        tab = tabs[0] if tabs else None
    expect(tab is not None, "no 'Inbox' page tab in the window", app)
    do_action(tab, "click")
    return app.wait(lambda t: in_frame(t, main_frame(t), role="push button",
                                       name_re=accounts.SYNC_NOW),
                    "the Inbox page with its 'Sync Now' button")


def sync_inbox(app):
    """Sync Now; waits for the three suggestions."""
    tree = open_inbox(app)
    do_action(in_frame(tree, main_frame(tree), role="push button", name_re=accounts.SYNC_NOW)[0],
              "click")
    started = time.monotonic()

    def all_there(t):
        questions = suggestion_buttons(t, ACCEPT)
        return all(find_question(questions, kind) for kind in EXPECTED)
    try:
        tree = app.wait(all_there, "the three suggestions after Sync Now", timeout=SYNC_TIMEOUT)
    except TestFailure:
        questions = list(suggestion_buttons(app.snapshot(), ACCEPT))
        raise TestFailure(f"after Sync Now the Inbox asks {questions}; expected one of each of "
                          f"{list(EXPECTED.values())}")
    log(f"# suggestions after {time.monotonic() - started:.1f} s")
    # The sync may still be storing the last message: give it a moment,
    # then the job alert must have given nothing.
    time.sleep(1.5)
    tree = app.wait(all_there, "the three suggestions to stay")
    questions = sorted(suggestion_buttons(tree, ACCEPT))
    log(f"# the Inbox asks: {questions}")
    expect(len(questions) == 3, f"{len(questions)} suggestions, not 3 (the job alert must give "
           f"none): {questions}", app)
    expect(not any("LinkedIn" in q or "Berlin" in q for q in questions),
           f"the job alert gave a suggestion: {questions}", app)
    bad = e2e.unnamed_controls(tree)
    expect(not bad, f"controls without an accessible name in the Inbox: {bad}", app)
    e2e.pointer_away(app)
    screenshot("inbox-suggestions.png")
    return tree


def accept_rejection(app, cli_binary, data_dir, cli_env, kew):
    tree = app.snapshot()
    question = find_question(suggestion_buttons(tree, ACCEPT), "rejection")
    do_action(suggestion_buttons(tree, ACCEPT)[question], "click")
    app.wait(lambda t: find_question(suggestion_buttons(t, ACCEPT), "rejection") is None
             and find_question(suggestion_buttons(t, ACCEPT), "interview") is not None,
             "the Kew Botanics suggestion to leave the pending list after Accept")
    job = e2e.wait_for_store("Kew Botanics in the rejected stage", lambda: show(cli_binary, data_dir,
                                                                            cli_env, kew),
                         lambda j: j.get("stage") == "rejected", 10)
    log(f"# Kew Botanics after Accept: stage {job.get('stage')!r}")
    e2e.pointer_away(app)
    screenshot("inbox-accepted.png")


def dismiss_new_job(app, cli_binary, data_dir, cli_env):
    tree = app.snapshot()
    question = find_question(suggestion_buttons(tree, DISMISS), "new job")
    expect(question is not None, "no Dismiss button on the Orbital Maps suggestion", app)
    do_action(suggestion_buttons(tree, DISMISS)[question], "click")
    tree = app.wait(lambda t: find_question(suggestion_buttons(t, ACCEPT), "new job") is None,
                    "the Orbital Maps suggestion to leave the pending list after Dismiss")
    left = sorted(suggestion_buttons(tree, ACCEPT))
    expect(len(left) == 1 and find_question(left, "interview"),
           f"after Accept and Dismiss the Inbox still asks {left}, not only Northwind's", app)
    jobs = json.loads(cli(cli_binary, data_dir, cli_env, "--json", "list"))
    if isinstance(jobs, dict):
        jobs = jobs.get("jobs", [])
    expect(not any(j.get("company") == "Orbital Maps" for j in jobs),
           f"dismissing the Orbital Maps suggestion added the job: {jobs}", app)
    stored = json.loads(cli(cli_binary, data_dir, cli_env, "--json", "suggestions", "--all"))
    if isinstance(stored, dict):
        stored = stored.get("suggestions", [])
    states = sorted((s.get("company"), s.get("state")) for s in stored)
    log(f"# pursuit-cli suggestions --all: {states}")
    expect(states == [("Kew Botanics", "accepted"), ("Northwind", "pending"),
                      ("Orbital Maps", "dismissed")],
           f"the store's suggestions are {states}, not Kew Botanics accepted, Northwind "
           "pending and Orbital Maps dismissed", app)
    e2e.pointer_away(app)
    screenshot("inbox-dismissed.png")


def open_job_page(app, title):
    """Board → the card of @title (in Applied) → Enter opens its page."""
    tree = app.snapshot()
    tab = e2e.showing_tab(tree, "Board")
    expect(tab is not None, "no 'Board' page tab in the window", app)
    do_action(tab, "click")
    tree = app.wait(lambda t: title in e2e.board_cards(t), f"the card '{title}' on the board")
    item = next(item for column in tree.find(role="list", name="Applied") if column.allocated
                for item in column.children
                if item.role == "list item" and e2e.card_title(item) == title)
    x, y, _, _ = e2e.window_geometry(app, tree)
    e2e.xdotool(app, "mousemove", str(x + item.x + item.width // 2),
                str(y + item.y + item.height // 2), "click", "1")
    subprocess.run(["xdotool", "key", "Return"], timeout=10, check=True)
    return app.wait(lambda t: compose_buttons(t),
                    f"the job page of '{title}' with a follow-up's 'Compose Message' button")


def compose_buttons(tree):
    """The follow-ups' Compose buttons of the job page, on screen or below
    the fold (the action works wherever the page is scrolled)."""
    frame = main_frame(tree)
    if frame is None or not in_frame(tree, frame, role="push button", name_re=r"^_?Withdraw"):
        return []
    return [n for n in tree.find(role="push button", name_re=r"^_?Compose Message\b", under=frame)
            if n.width > 0]


def compose_frame(tree):
    """The compose dialog: a window with a Save as Draft button."""
    # Any role: GTK 4.8 exposes this AdwWindow as a "filler".
    frames = [n for n in tree.root.children if n.width > 0
              and any(d.role == "push button" and re.match(r"^Save as _?Draft", d.name)
                      for d in n.descendants())]
    return frames[0] if frames else None


def send_follow_up(app, cli_binary, data_dir, cli_env, northwind):
    tree = open_job_page(app, INTERVIEW[0])
    e2e.pointer_away(app)
    screenshot("inbox-job-page.png")
    # Northwind's follow-ups: the one overdue, then the next a week later.
    compose = sorted(compose_buttons(tree), key=lambda n: n.y)
    expect(len(compose) == 2, f"{len(compose)} 'Compose Message' buttons on the job page, not 2",
           app)
    do_action(compose[0], "click")
    # The thread as Gmail names it: by its first subject, with or without "Re: ".
    reply_line = f"^Reply in the thread “(Re: )?{re.escape(INTERVIEW_SUBJECT)}”$"
    try:
        tree = app.wait(lambda t: in_frame(t, compose_frame(t), role="label", name_re=reply_line),
                        f"the compose dialog saying {reply_line!r}", timeout=15)
    except TestFailure:
        tree = app.snapshot()
        frame = compose_frame(tree)
        labels = [n.name for n in in_frame(tree, frame, role="label") if n.name]
        raise TestFailure(f"the compose dialog ({'open' if frame else 'not open'}) does not say "
                          f"{reply_line!r}; its labels: {labels}")
    frame = compose_frame(tree)
    # GTK 4.8 does not expose the text of an entry row: the recipient and
    # the subject are checked on the message the fake received.
    bad = [b for b in e2e.unnamed_controls(tree)]
    expect(not bad, f"controls without an accessible name in the compose dialog: {bad}", app)
    e2e.pointer_away(app)
    screenshot("compose-reply.png")

    # GTK 4.8 names a button after its accessible label and its label: "Send Send".
    send = in_frame(tree, frame, role="push button", name_re=r"^_?Send( _?Send)?$")
    expect(send, "no 'Send' button in the compose dialog", app)
    do_action(send[0], "click")
    app.wait(lambda t: compose_frame(t) is None, "the compose dialog to close after Send")

    def sent(job):
        done = [f for f in job.get("follow_ups", []) if f.get("status") == "sent"]
        events = [e for e in job.get("timeline", []) if e.get("kind") == "email-sent"]
        return done and events and events[0].get("url")
    job = e2e.wait_for_store("the follow-up 'sent' and an 'email-sent' event with a URL",
                         lambda: show(cli_binary, data_dir, cli_env, northwind), sent,
                         SEND_TIMEOUT)
    event = [e for e in job["timeline"] if e.get("kind") == "email-sent"][0]
    log(f"# timeline: {json.dumps(event)}")
    expect(event["url"].startswith("https://mail.google.com/"),
           f"the email-sent event's link is not to Gmail on the web: {event['url']!r}", app)
    expect(app.proc.poll() is None,
           f"pursuit died (exit status {app.proc.poll()}) within seconds of the compose dialog "
           "closing, though the message was sent", app)
    e2e.pointer_away(app)
    screenshot("compose-sent.png")
    return event


def check_thread_on_fake(fake_url, app):
    """On the fake, as a Gmail client of our own: exactly one sent message,
    in the thread of Northwind's invitation."""
    token = accounts.fake_google_token(fake_url, GMAIL_READ_SCOPE)

    def ids(query):
        answer = accounts.fake_google_get(
            fake_url, token, "/gmail/v1/users/me/messages?" + urllib.parse.urlencode({"q": query}))
        return [(m["id"], m.get("threadId")) for m in answer.get("messages", [])]
    sent = ids("in:sent")
    invitation = ids(f"rfc822msgid:{INTERVIEW_MESSAGE_ID}")
    log(f"# on the fake: sent {sent}; the invitation {invitation}")
    expect(len(sent) == 1, f"{len(sent)} messages in the fake's SENT, not 1", app)
    expect(len(invitation) == 1, f"the fake finds {len(invitation)} invitations, not 1", app)
    message = accounts.fake_google_get(
        fake_url, token, f"/gmail/v1/users/me/messages/{sent[0][0]}?format=metadata")
    headers = {h["name"].lower(): h["value"] for h in message.get("payload", {}).get("headers", [])}
    log(f"# the sent message: thread {message.get('threadId')}, subject "
        f"{headers.get('subject')!r}, to {headers.get('to')!r}, in-reply-to "
        f"{headers.get('in-reply-to')!r}")
    expect(message.get("threadId") == invitation[0][1],
           f"the follow-up went to thread {message.get('threadId')}, not the invitation's "
           f"{invitation[0][1]}", app)
    expect(INTERVIEW_MESSAGE_ID in (headers.get("in-reply-to") or ""),
           f"the follow-up's In-Reply-To is {headers.get('in-reply-to')!r}", app)
    expect(INTERVIEW_FROM in (headers.get("to") or ""),
           f"the follow-up went to {headers.get('to')!r}, not {INTERVIEW_FROM}", app)
    expect(headers.get("subject") == f"Re: {INTERVIEW_SUBJECT}",
           f"the follow-up's subject is {headers.get('subject')!r}", app)


def scenario(app, cli_binary, data_dir, cli_env, browser_log, fake_url, jobs):
    kew, northwind = jobs
    accounts.connect_google(app, browser_log, shots="inbox-integrations")
    turn_gmail_on(app, cli_binary, data_dir, cli_env, browser_log)
    close_preferences(app)
    sync_inbox(app)
    accept_rejection(app, cli_binary, data_dir, cli_env, kew)
    dismiss_new_job(app, cli_binary, data_dir, cli_env)
    send_follow_up(app, cli_binary, data_dir, cli_env, northwind)
    check_thread_on_fake(fake_url, app)
    # AT-SPI clients keep asking the app about its windows after the
    # dialog is gone: it must still answer a few seconds later.
    time.sleep(3)
    app.wait(lambda t: main_frame(t) is not None,
             "the main window to still answer 3 s after the compose dialog closed")


def main():
    mailbox = os.environ.get("PURSUIT_E2E_MAILBOX") or MAILBOX
    if not os.path.isdir(mailbox):
        log(f"no mailbox folder: {mailbox}")
        return 1
    return accounts.run_with_fake_google(
        "inbox", "Gmail on, Inbox suggestions accepted and dismissed, a follow-up sent in the thread",
        OVERALL_TIMEOUT, ("--mailbox", mailbox), fill_store, scenario,
        failure_screenshot="inbox-failure.png")


if __name__ == "__main__":
    sys.exit(main())
