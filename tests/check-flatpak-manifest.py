#!/usr/bin/python3
"""Check flatpak/io.github.pursuit.Pursuit.json.

Usage: check-flatpak-manifest.py MANIFEST [FLATPAK_BUILDER]

Asserts the identity fields, the runtime, that the app module is built with
meson from the source tree, and that finish-args are exactly the justified
set (no home or host file system access, no secrets service).  If the path
to flatpak-builder is given, also requires that `flatpak-builder
--show-manifest` parses the manifest without any warning (it exits 0 on
unknown keys, so stderr must be empty).
"""

import json
import os
import subprocess
import sys
import tempfile

APP_ID = 'io.github.pursuit.Pursuit'

# Each finish-arg and the feature in DESIGN.md that needs it.
ALLOWED_FINISH_ARGS = {
    '--share=network': 'Google, CalDAV, job pages, OAuth loopback',
    '--share=ipc': 'X11 shared memory with fallback-x11',
    '--socket=wayland': 'display',
    '--socket=fallback-x11': 'display without Wayland',
    '--device=dri': 'GL rendering for GTK 4',
    '--talk-name=org.kde.StatusNotifierWatcher': 'tray item',
}

FORBIDDEN_PREFIXES = (
    '--filesystem=home',
    '--filesystem=host',
    '--talk-name=org.freedesktop.secrets',
    '--socket=session-bus',
    '--socket=system-bus',
    '--device=all',
)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path = sys.argv[1]

    try:
        with open(path, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        print(f'{path}: cannot parse: {e}', file=sys.stderr)
        return 1

    check(isinstance(manifest, dict), 'the manifest is not a JSON object')
    if failures:
        return report(path)

    app_id = manifest.get('id', manifest.get('app-id'))
    check(app_id == APP_ID, f'id is {app_id!r}, expected {APP_ID!r}')
    check(manifest.get('command') == 'pursuit',
          f"command is {manifest.get('command')!r}, expected 'pursuit'")
    check(manifest.get('runtime') == 'org.gnome.Platform',
          f"runtime is {manifest.get('runtime')!r}, expected 'org.gnome.Platform'")
    check(manifest.get('sdk') == 'org.gnome.Sdk',
          f"sdk is {manifest.get('sdk')!r}, expected 'org.gnome.Sdk'")
    check(isinstance(manifest.get('runtime-version'), str),
          'runtime-version must be a string')

    finish_args = manifest.get('finish-args', [])
    check(isinstance(finish_args, list), 'finish-args is not a list')
    for arg in finish_args:
        for prefix in FORBIDDEN_PREFIXES:
            check(not str(arg).startswith(prefix), f'finish-args must not contain {arg!r}')
        check(arg in ALLOWED_FINISH_ARGS, f'finish-arg {arg!r} is not justified by a feature')
    for arg in ALLOWED_FINISH_ARGS:
        check(arg in finish_args, f'finish-args lacks {arg!r}')
    check(len(finish_args) == len(set(finish_args)), 'finish-args has duplicates')

    modules = manifest.get('modules', [])
    check(isinstance(modules, list) and modules, 'there are no modules')
    if isinstance(modules, list) and modules:
        app = modules[-1]
        check(isinstance(app, dict) and app.get('name') == 'pursuit',
              'the last module must be pursuit')
        if isinstance(app, dict):
            check(app.get('buildsystem') == 'meson', 'the pursuit module must use meson')
            sources = app.get('sources', [])
            check(any(isinstance(s, dict) and s.get('type') == 'dir' and s.get('path') == '..'
                      for s in sources),
                  'the pursuit module must build the source tree (a "dir" source "..")')
            check('-Dwerror=true' not in app.get('config-opts', []),
                  'the flatpak build must not use -Dwerror=true (newer runtime deprecations)')

    if len(sys.argv) > 2:
        # flatpak-builder leaves a .flatpak-builder state directory in its
        # working directory: run it in a throw-away one.
        with tempfile.TemporaryDirectory() as workdir:
            proc = subprocess.run([sys.argv[2], '--show-manifest', os.path.abspath(path)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True, check=False, cwd=workdir)
        check(proc.returncode == 0, f'flatpak-builder --show-manifest exited {proc.returncode}')
        check(proc.stderr.strip() == '',
              f'flatpak-builder --show-manifest warned: {proc.stderr.strip()}')

    return report(path)


def report(path):
    if failures:
        for message in failures:
            print(f'{path}: {message}', file=sys.stderr)
        return 1
    print(f'{path}: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
