#!/usr/bin/python3
# test_accounts.py: Google sign-in and sync through the real GUI. Drives the
# built `pursuit` through the accessibility tree (AT-SPI, with pyatspi)
# against the standalone fake Google, with a private gnome-keyring-daemon
# and a scripted "browser", and takes screenshots of the Integrations page.
#
# Copyright 2026 The Pursuit developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run with Debian's /usr/bin/python3 (python3-pyatspi), under a display and
# a session bus, as CI does:
#
#   xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
#     meson test -C build e2e-accounts --print-errorlogs
#
# Environment:
#   PURSUIT_BIN             the built `pursuit` executable (required)
#   PURSUIT_CLI             the built `pursuit-cli` executable (required)
#   FAKE_GOOGLE             the built tests/fake-google/fake-google (required)
#   GSETTINGS_SCHEMA_DIR    the build's data dir, with gschemas.compiled
#   PURSUIT_SCREENSHOT_DIR  where the PNGs go (default: ./tests/screenshots)
#
# Exits 77 (skipped) without a display, a session bus, pyatspi or
# gnome-keyring-daemon; any other problem is a failure.

import base64
import datetime
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.error
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_window as e2e  # noqa: E402  (the shared helpers)
from test_window import TestFailure, do_action, expect, log, screenshot, skip  # noqa: E402

OVERALL_TIMEOUT = 270       # seconds, for the whole script (meson: 300)
SIGN_IN_TIMEOUT = 30        # seconds, from Connect to the account row
CLIENT_ID = "e2e-client.apps.googleusercontent.com"
CLIENT_SECRET = "e2e-client-secret"
EMAIL = "ann.example@gmail.com"
KEYRING_PASSWORD = "pursuit-e2e"
JOB_TITLE = "Greenhouse Engineer"
COMPANY = "Kew Botanics"
SECRETS_NAME = "org.freedesktop.secrets"
# Buttons are named by their accessible label, then their visible label;
# GTK 4.8 keeps the mnemonic underscore in a label set with use-underline.
CONNECT = r"^_?Connect Google Account\b"
SYNC_NOW = r"^_?Sync Now\b"

# The app's "browser": one GET of the authorization URL. The fake approves
# at once and redirects to the app's loopback server, which urllib follows.
BROWSER_SCRIPT = """\
import sys
import urllib.request

log = open(sys.argv[1], "a", encoding="utf-8")
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
try:
    with opener.open(sys.argv[2], timeout=30) as response:
        body = response.read().decode("utf-8", "replace")
        log.write(f"{response.status} {response.geturl().split('?')[0]}\\n{body}\\n")
except Exception as error:
    log.write(f"error: {error}\\n")
    sys.exit(1)
"""


def start(argv, env, name, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL):
    """Starts @argv in a process group of its own, killed at the end."""
    log(f"# starting {name}: {' '.join(argv)}")
    proc = subprocess.Popen(argv, env=env, stdin=stdin, stdout=stdout,
                            stderr=subprocess.STDOUT if stdout != subprocess.DEVNULL
                            else subprocess.DEVNULL,
                            start_new_session=True)
    e2e.children.append(proc)
    return proc


def bus_has_name(address, name):
    """NameHasOwner on the bus at @address, on a connection of its own
    (the session bus singleton would stick to the first address)."""
    from gi.repository import Gio, GLib
    connection = Gio.DBusConnection.new_for_address_sync(
        address, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT
        | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
    try:
        reply = connection.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                     "org.freedesktop.DBus", "NameHasOwner",
                                     GLib.Variant("(s)", (name,)), GLib.VariantType("(b)"),
                                     Gio.DBusCallFlags.NONE, 5000, None)
        return reply.unpack()[0]
    finally:
        connection.close_sync(None)


def private_session_bus(tmp):
    """Starts a dbus-daemon of our own and makes it this process's session
    bus (before anything else connects): used when some other keyring
    already owns org.freedesktop.secrets on the bus we were given."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        raise TestFailure(f"{SECRETS_NAME} is owned on the session bus and there is no "
                          "dbus-daemon to start a private one")
    proc = start([daemon, "--session", "--nofork", "--print-address=1"], os.environ,
                 "a private dbus-daemon", stdout=subprocess.PIPE)
    address = proc.stdout.readline().decode().strip()
    if not address:
        raise TestFailure("the private dbus-daemon printed no address")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    log(f"# private session bus: {address}")
    return proc


def start_keyring(tmp):
    """A gnome-keyring-daemon with a login keyring of its own, unlocked,
    owning org.freedesktop.secrets on our session bus."""
    home = os.path.join(tmp, "keyring")
    env = dict(os.environ)
    for key, sub in (("HOME", "home"), ("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_RUNTIME_DIR", "runtime")):
        env[key] = os.path.join(home, sub)
        os.makedirs(env[key], mode=0o700)
    env.pop("GNOME_KEYRING_CONTROL", None)
    env.pop("SSH_AUTH_SOCK", None)
    proc = start([shutil.which("gnome-keyring-daemon"), "--foreground", "--unlock",
                  "--components=secrets"], env, "gnome-keyring-daemon", stdin=subprocess.PIPE)
    # --unlock reads the login keyring's password up to end of file.
    proc.stdin.write(KEYRING_PASSWORD.encode())
    proc.stdin.close()
    address = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    deadline = time.monotonic() + 20
    while not bus_has_name(address, SECRETS_NAME):
        if proc.poll() is not None:
            raise TestFailure(f"gnome-keyring-daemon exited with {proc.returncode}")
        if time.monotonic() > deadline:
            raise TestFailure(f"gnome-keyring-daemon did not own {SECRETS_NAME} in 20 s")
        time.sleep(0.1)
    return proc


def start_fake_google(binary, *extra_args):
    proc = start([binary, "--port", "0", "--client-id", CLIENT_ID,
                  "--client-secret", CLIENT_SECRET, *extra_args], os.environ, "fake-google",
                 stdout=subprocess.PIPE)
    line = proc.stdout.readline().decode().strip()
    prefix = "fake-google listening on "
    if not line.startswith(prefix):
        raise TestFailure(f"fake-google did not say where it listens: {line!r}")
    url = line[len(prefix):].rstrip("/")
    log(f"# fake Google at {url}")
    # Keep reading its output (violations) so that it never blocks.
    output = []

    def drain():
        for raw in proc.stdout:
            output.append(raw.decode("utf-8", "replace").rstrip())
    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    return proc, url, output, reader


def install_browser(tmp, config_home, data_home):
    """A desktop file that handles http(s) URLs with BROWSER_SCRIPT, the
    default for x-scheme-handler/http in the app's mimeapps.list."""
    script = os.path.join(tmp, "browser.py")
    browser_log = os.path.join(tmp, "browser.log")
    with open(script, "w", encoding="utf-8") as f:
        f.write(BROWSER_SCRIPT)
    applications = os.path.join(data_home, "applications")
    os.makedirs(applications, exist_ok=True)
    with open(os.path.join(applications, "pursuit-e2e-browser.desktop"), "w", encoding="utf-8") as f:
        f.write("[Desktop Entry]\nType=Application\nName=Pursuit E2E Browser\n"
                f"Exec=/usr/bin/python3 {script} {browser_log} %u\n"
                "MimeType=x-scheme-handler/http;x-scheme-handler/https;\n"
                "NoDisplay=true\n")
    os.makedirs(config_home, exist_ok=True)
    with open(os.path.join(config_home, "mimeapps.list"), "w", encoding="utf-8") as f:
        f.write("[Default Applications]\n"
                "x-scheme-handler/http=pursuit-e2e-browser.desktop\n"
                "x-scheme-handler/https=pursuit-e2e-browser.desktop\n")
    return browser_log


def cli(binary, data_dir, env, *args):
    result = subprocess.run([binary, "--data-dir", data_dir, *args], env=env,
                            stdin=subprocess.DEVNULL, capture_output=True, text=True,
                            timeout=60)
    if result.returncode != 0:
        raise TestFailure(f"pursuit-cli {' '.join(args)} failed ({result.returncode}): "
                          f"{result.stderr.strip()}")
    return result.stdout


def fill_store(binary, data_dir, env):
    """One job with an interview in three days."""
    job = cli(binary, data_dir, env, "add", "--title", JOB_TITLE,
              "--company", COMPANY).strip().split()[-1]
    when = (datetime.date.today() + datetime.timedelta(days=3)).isoformat() + "T14:00"
    cli(binary, data_dir, env, "interview", "add", job, "--at", when, "--minutes", "45",
        "--type", "technical", "--interviewer", "Dana Fir")
    log(f"# store: job {job} with an interview at {when}")


# ---------------------------------------------------------------------------
# Through the GUI


def preferences_frame(tree):
    """The Preferences window: a frame named "Preferences"."""
    frames = [n for n in tree.root.children if n.role in ("frame", "dialog")
              and n.name == "Preferences" and n.width > 0]
    return frames[0] if frames else None


def in_prefs(tree, role=None, name=None, name_re=None):
    prefs = preferences_frame(tree)
    if prefs is None:
        return []
    return [n for n in tree.find(role=role, name=name, name_re=name_re, under=prefs)
            if n.allocated]


def entry_in_row(tree, title):
    """The editable text of the entry row titled @title."""
    for node in in_prefs(tree):
        if node.role in ("text", "entry", "password text") and node.name == title:
            return node
    rows = in_prefs(tree, name=title)
    for row in rows:
        for node in row.descendants():
            if node.role in ("text", "entry", "password text"):
                return node
    return None


def open_preferences(app):
    tree = app.snapshot()
    frame = tree.frame()
    action = frame.acc.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    wanted = next((n for n in ("app.preferences", "win.preferences") if n in names), None)
    if wanted is not None:
        log(f"# opening Preferences through the action {wanted}")
        do_action(frame, wanted)
    else:
        log("# opening Preferences with Ctrl+comma")
        e2e.press("ctrl+comma")
    return app.wait(lambda t: preferences_frame(t) is not None,
                    "the Preferences window (app.preferences or Ctrl+comma)")


def account_row(tree):
    rows = in_prefs(tree, name_re=EMAIL.replace(".", r"\."))
    rows = [r for r in rows if r.role not in ("label", "text")]
    return rows[0] if rows else None


def row_texts(tree, row):
    return [n.name for n in row.descendants() if n.role == "label" and n.name and n.allocated]


def integrations_shot(app, name):
    e2e.pointer_away(app)
    return screenshot(name)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def fake_google_token(fake_url, scope):
    """An access token for @scope from the fake, got as a client of our
    own would: a code grant with PKCE (the fake approves at once)."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect())
    verifier = base64.urlsafe_b64encode(os.urandom(48)).decode().rstrip("=")
    challenge = base64.urlsafe_b64encode(
        hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    redirect = "http://127.0.0.1:9/e2e"
    query = urllib.parse.urlencode({
        "client_id": CLIENT_ID, "redirect_uri": redirect, "response_type": "code",
        "scope": scope, "state": "e2e",
        "code_challenge": challenge, "code_challenge_method": "S256"})
    try:
        opener.open(f"{fake_url}/o/oauth2/v2/auth?{query}", timeout=10)
        raise TestFailure("the fake's authorization endpoint did not redirect")
    except urllib.error.HTTPError as error:
        location = error.headers.get("Location", "")
    code = urllib.parse.parse_qs(urllib.parse.urlsplit(location).query).get("code", [None])[0]
    if code is None:
        raise TestFailure(f"no code in the fake's redirect: {location.split('?')[0]}")
    form = urllib.parse.urlencode({
        "grant_type": "authorization_code", "code": code, "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET, "redirect_uri": redirect,
        "code_verifier": verifier}).encode()
    with opener.open(f"{fake_url}/token", data=form, timeout=10) as response:
        return json.load(response)["access_token"]


def fake_google_get(fake_url, token, path):
    """GET @path of the fake's API with @token; the parsed JSON."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect())
    request = urllib.request.Request(f"{fake_url}{path}",
                                     headers={"Authorization": f"Bearer {token}"})
    with opener.open(request, timeout=10) as response:
        return json.load(response)


def fake_google_events(fake_url, calendar_id):
    """The events of @calendar_id on the fake, read as a client of our own
    would."""
    token = fake_google_token(fake_url, "https://www.googleapis.com/auth/calendar.events")
    return fake_google_get(
        fake_url, token,
        f"/calendar/v3/calendars/{urllib.parse.quote(calendar_id, safe='')}/events").get("items", [])


def only_account(cli_binary, data_dir, cli_env, app):
    accounts = json.loads(cli(cli_binary, data_dir, cli_env, "accounts", "--json"))
    if isinstance(accounts, dict):
        accounts = accounts.get("accounts", [])
    expect(len(accounts) == 1, f"{len(accounts)} accounts in the store, not 1: {accounts}", app)
    return accounts[0]


def click(app, tree, node):
    """A mouse click in the middle of @node, in the Preferences window."""
    if not shutil.which("xdotool"):
        raise TestFailure(f"xdotool is needed to click {node.text()}")
    windows = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(app.proc.pid),
                              "--name", "^Preferences$"],
                             capture_output=True, text=True, timeout=10).stdout.split()
    expect(windows, "no X window for the Preferences window", app)
    out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", windows[-1]],
                         capture_output=True, text=True, timeout=10).stdout
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    x = int(values["X"]) + node.x + node.width // 2
    y = int(values["Y"]) + node.y + node.height // 2
    e2e.xdotool(app, "mousemove", str(x), str(y))
    time.sleep(0.2)
    subprocess.run(["xdotool", "click", "1"], timeout=10, check=True)


def connect_google(app, browser_log, shots="integrations"):
    """Preferences → Integrations: the client, then Connect; the scripted
    browser approves. Returns the tree with the account row "Connected".
    Screenshots are named @shots-before.png and so on."""
    tree = open_preferences(app)
    tabs = in_prefs(tree, name="Integrations")
    tabs = [t for t in tabs if t.role in ("page tab", "radio button", "toggle button",
                                          "push button", "list item")] or tabs
    expect(tabs, "no 'Integrations' page in the Preferences window", app)
    do_action(tabs[0])
    tree = app.wait(lambda t: entry_in_row(t, "OAuth Client ID") is not None
                    and in_prefs(t, role="push button", name_re=CONNECT),
                    "the Integrations page: 'OAuth Client ID' and 'Connect Google Account'")
    expect(in_prefs(tree, name="No Accounts Yet"), "no 'No Accounts Yet' row before signing in",
           app)

    entry_in_row(tree, "OAuth Client ID").acc.queryEditableText().setTextContents(CLIENT_ID)
    tree = app.snapshot()
    secret = entry_in_row(tree, "Client Secret")
    expect(secret is not None, "no editable text in the 'Client Secret' row", app)
    secret.acc.queryEditableText().setTextContents(CLIENT_SECRET)
    bad = e2e.unnamed_controls(tree)
    expect(not bad, f"controls without an accessible name on the Integrations page: {bad}", app)
    integrations_shot(app, f"{shots}-before.png")

    connect = in_prefs(app.snapshot(), role="push button", name_re=CONNECT)
    do_action(connect[0], "click")
    try:
        tree = app.wait(lambda t: account_row(t) is not None
                        and any("Connected" in s for s in row_texts(t, account_row(t))),
                        f"an account row '{EMAIL}' saying 'Connected'", timeout=SIGN_IN_TIMEOUT)
    finally:
        try:
            with open(browser_log, encoding="utf-8") as f:
                log("# the browser saw:\n" + "\n".join("#   " + line for line in f.read().splitlines()))
        except OSError:
            log("# the browser was never started")
    return tree


def scenario(app, cli_binary, data_dir, cli_env, browser_log, fake_url):
    tree = connect_google(app, browser_log)
    row = account_row(tree)
    log(f"# account row: {row.name!r}; {row_texts(tree, row)}")
    integrations_shot(app, "integrations-connected.png")

    # Connecting syncs once; Sync Now must sync again: a newer last sync.
    before = only_account(cli_binary, data_dir, cli_env, app)
    log(f"# after connecting: {json.dumps(before)}")
    time.sleep(1.1)

    # Sync Now is inside the expander row, whose header has no action in
    # the accessibility tree: click it.
    if not in_prefs(tree, role="push button", name_re=SYNC_NOW):
        click(app, tree, row)
        tree = app.wait(lambda t: in_prefs(t, role="push button", name_re=SYNC_NOW),
                        "a 'Sync Now' button after expanding the account row")
    integrations_shot(app, "integrations-expanded.png")
    do_action(in_prefs(tree, role="push button", name_re=SYNC_NOW)[0], "click")

    deadline = time.monotonic() + 30
    while True:
        account = only_account(cli_binary, data_dir, cli_env, app)
        if account.get("last_sync") != before.get("last_sync"):
            break
        if time.monotonic() > deadline:
            raise TestFailure(f"Sync Now did not sync within 30 s: {account}")
        time.sleep(0.3)

    def synced(t):
        r = account_row(t)
        return r is not None and any("Synced" in s and "Never" not in s for s in row_texts(t, r))
    tree = app.wait(synced, "the account row to say 'Synced …' after Sync Now", timeout=30)
    row = account_row(tree)
    texts = row_texts(tree, row)
    log(f"# after Sync Now: {texts}")
    expect(not any("waiting" in s for s in texts), f"changes still waiting after Sync Now: {texts}",
           app)
    integrations_shot(app, "integrations-synced.png")

    account = only_account(cli_binary, data_dir, cli_env, app)
    log(f"# pursuit-cli accounts --json: {json.dumps(account)}")
    expect(account.get("kind") == "google" and EMAIL in (account.get("label") or ""),
           f"the account is not the Google account of {EMAIL}: {account}", app)
    expect(account.get("pending") == 0, f"pending is {account.get('pending')!r}, not 0", app)
    expect(not account.get("last_error"), f"last error: {account.get('last_error')!r}", app)
    expect(account.get("last_sync"), f"no last sync time: {account}", app)

    # The interview is on the account's calendar, once, with its reminders.
    events = [e for e in fake_google_events(fake_url, account.get("calendar_id") or "primary")
              if e.get("status") != "cancelled"]
    log(f"# events on the fake: {[(e.get('summary'), e.get('start')) for e in events]}")
    expect(len(events) == 1, f"{len(events)} events on the fake's calendar, not 1", app)
    event = events[0]
    expect(JOB_TITLE in (event.get("summary") or "") or COMPANY in (event.get("summary") or ""),
           f"the event's summary does not name the job: {event.get('summary')!r}", app)
    minutes = sorted(r.get("minutes") for r in
                     (event.get("reminders") or {}).get("overrides", []))
    expect(minutes == [15, 60, 1440], f"the event's reminders are {minutes}, not 15, 60, 1440",
           app)


def run_with_fake_google(name, title, overall_timeout, fake_args, prepare, run_scenario,
                         failure_screenshot=None):
    """The frame of a Google end-to-end test: checks what it needs (or
    skips), then starts a keyring, the fake Google (with @fake_args), a
    scripted browser and the app on a fresh store; prepare(cli, data_dir,
    cli_env) fills the store and its result goes to
    run_scenario(app, cli, data_dir, cli_env, browser_log, fake_url, prepared).
    Reports TAP for @title; returns the exit status."""
    if not os.environ.get("DISPLAY"):
        skip("no DISPLAY (run under xvfb-run)")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        skip("no DBUS_SESSION_BUS_ADDRESS (run under dbus-run-session)")
    if shutil.which("gnome-keyring-daemon") is None:
        skip("gnome-keyring-daemon is not installed")
    binaries = {}
    for key in ("PURSUIT_BIN", "PURSUIT_CLI", "FAKE_GOOGLE"):
        binaries[key] = os.environ.get(key)
        if not binaries[key] or not os.access(binaries[key], os.X_OK):
            log(f"{key} is not an executable: {binaries[key]!r}")
            return 1
    dog = e2e.prepare_accessibility_and_deadline(overall_timeout)

    started = time.monotonic()
    tmp = tempfile.mkdtemp(prefix=f"pursuit-e2e-{name}-")
    failed = False
    app = None
    fake_output = []
    fake_reader = None
    xlib, x_display = e2e.hold_display()
    try:
        # Before anything connects to the session bus: a keyring that is
        # already there would get the app's secrets, so move to a bus of
        # our own then.
        if bus_has_name(os.environ["DBUS_SESSION_BUS_ADDRESS"], SECRETS_NAME):
            log(f"# {SECRETS_NAME} is already owned on the session bus")
            private_session_bus(tmp)
        e2e.ensure_a11y_bus()
        if e2e.session_bus_has_name("io.github.pursuit.Pursuit"):
            raise TestFailure("another Pursuit already owns io.github.pursuit.Pursuit on "
                              "this session bus; run under dbus-run-session")
        start_keyring(tmp)
        _, fake_url, fake_output, fake_reader = start_fake_google(binaries["FAKE_GOOGLE"],
                                                                  *fake_args)

        data_dir = os.path.join(tmp, "data")
        config_home = os.path.join(tmp, "config")
        data_home = os.path.join(tmp, "share")
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        browser_log = install_browser(tmp, config_home, data_home)
        app_env = {
            "HOME": home,
            "PURSUIT_DATA_DIR": data_dir,
            "XDG_CONFIG_HOME": config_home,
            "XDG_DATA_HOME": data_home,
            "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
            "PURSUIT_GOOGLE_OAUTH_URL": fake_url,
            "PURSUIT_GOOGLE_API_URL": fake_url,
            # Neither the app nor the browser may go through a proxy.
            "no_proxy": "127.0.0.1,localhost",
            "NO_PROXY": "127.0.0.1,localhost",
        }
        cli_env = dict(os.environ, **app_env, LC_ALL="C.UTF-8")
        os.makedirs(data_dir)
        prepared = prepare(binaries["PURSUIT_CLI"], data_dir, cli_env)

        app = e2e.App(name, binaries["PURSUIT_BIN"], os.environ.get("GSETTINGS_SCHEMA_DIR"),
                      env_extra=app_env)
        try:
            app.wait_for_window()
            run_scenario(app, binaries["PURSUIT_CLI"], data_dir, cli_env, browser_log, fake_url,
                         prepared)
            app.quit_cleanly()
            log(f"ok 1 - {title} ({time.monotonic() - started:.1f} s)")
        except Exception as error:
            failed = True
            log(f"not ok 1 - {title}")
            log(f"# FAILED: {error}")
            if not isinstance(error, TestFailure):
                traceback.print_exc(file=sys.stdout)
            app.log_failure(failure_screenshot)
    except Exception as error:
        failed = True
        log(f"# FAILED: {error}")
        if not isinstance(error, (TestFailure, e2e.OverallTimeout)):
            traceback.print_exc(file=sys.stdout)
    finally:
        signal.alarm(0)
        if app is not None:
            app.stop()
        # The app first (it talks to the rest), then everything else.
        e2e.kill_all_children()
        if fake_reader is not None:
            # The fake reports what it saw last when it stops.
            fake_reader.join(5)
        xlib.XCloseDisplay(e2e.ctypes.c_void_p(x_display))
        dog.cancel()
        shutil.rmtree(tmp, ignore_errors=True)

    violations = [line for line in fake_output if "violation" in line]
    if violations:
        failed = True
        log("# the fake saw requests that Google would refuse:\n  " + "\n  ".join(violations))
    return 1 if failed else 0


def main():
    def run(app, cli_binary, data_dir, cli_env, browser_log, fake_url, prepared):
        scenario(app, cli_binary, data_dir, cli_env, browser_log, fake_url)

    return run_with_fake_google("accounts",
                                "Google sign-in and Sync Now through the Integrations page",
                                OVERALL_TIMEOUT, (), fill_store, run)


if __name__ == "__main__":
    sys.exit(main())
