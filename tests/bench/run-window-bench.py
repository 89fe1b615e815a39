#!/usr/bin/python3
# run-window-bench.py
#
# Copyright 2026 The Pursuit developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""The window benchmark of issue 3: prints figures, asserts nothing.

1. Time from process start to the end of the first frame, and peak RSS,
   for three programs started the same way (same environment, launched by
   this script, alternating, ROUNDS times each after one untimed warm-up):

     empty GTK window   tests/bench/empty-window.c, the baseline
     pursuit, empty     the real `pursuit` on an empty store
     pursuit, 10,000    the real `pursuit` on 10,000 sample jobs

   `pursuit` reports its first frame through its benchmark hook
   (PURSUIT_BENCH_FIRST_FRAME, in src/ui/pursuit-window.c). The time is
   CLOCK_MONOTONIC in the child at the end of its first frame minus
   CLOCK_MONOTONIC here just before the fork; peak RSS is the child's
   ru_maxrss over its whole life (from wait4()).

2. The board filter per keystroke with 10,000 jobs, in process:
   tests/bench/bench-board-filter.c.

Needs an X display (xvfb-run) and a session bus (dbus-run-session), as
GApplication registers its name there; exits 77 (skipped) without a
display. Fails only when a program crashes, hangs or prints nothing.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROUNDS = 5
N_JOBS = 10000
SEED = 20260101
TIMEOUT = 60


def fail(message):
    print(f"window benchmark: {message}", file=sys.stderr)
    sys.exit(1)


def first_frame(argv, env, workdir):
    """Runs argv until it reports its first frame; returns (ms, peak RSS kB)."""
    out_path = os.path.join(workdir, "out.txt")
    err_path = os.path.join(workdir, "err.txt")
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        start = time.monotonic_ns()
        child = subprocess.Popen(argv, env=env, stdout=out, stderr=err,
                                 stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + TIMEOUT
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid != 0:
                break
            if time.monotonic() > deadline:
                child.kill()
                child.wait()
                fail(f"{argv[0]} did not quit within {TIMEOUT} s")
            time.sleep(0.002)
        child.returncode = os.waitstatus_to_exitcode(status)

    with open(out_path, encoding="utf-8", errors="replace") as f:
        output = f.read()
    with open(err_path, encoding="utf-8", errors="replace") as f:
        errors = f.read()

    if child.returncode != 0:
        fail(f"{' '.join(argv)} exited with {child.returncode}:\n{output}{errors}")

    for line in output.splitlines():
        if line.startswith("first-frame "):
            fields = dict(word.split("=", 1) for word in line.split()[1:])
            frame_ns = int(fields["monotonic-us"]) * 1000
            return (frame_ns - start) / 1e6, int(usage.ru_maxrss)

    fail(f"{' '.join(argv)} printed no first frame:\n{output}{errors}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--empty-window", required=True)
    parser.add_argument("--pursuit", required=True)
    parser.add_argument("--pursuit-cli", required=True)
    parser.add_argument("--board-filter", required=True)
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    args = parser.parse_args()

    if not os.environ.get("DISPLAY"):
        print("No X display: run the benchmark under xvfb-run", file=sys.stderr)
        return 77
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("Note: no session bus; run under dbus-run-session for figures "
              "that match a desktop session", file=sys.stderr)

    tmp = tempfile.mkdtemp(prefix="pursuit-bench-window-")
    try:
        # The same environment for every program. XDG folders are private
        # and shared by all runs, so caches warm up in the untimed run.
        env = dict(os.environ)
        for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = os.path.join(tmp, name.lower())
            os.makedirs(env[name])
        # No OpenGL at all (under Xvfb it would be Mesa's software driver,
        # ~60 MB and tens of ms that a GPU desktop does not pay the same
        # way) and no accessibility bus: the figures then measure GTK and
        # Pursuit, not the virtual display.
        env.update({
            "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo",
            "GDK_DEBUG": "gl-disable",
            "GTK_A11Y": "none",
            "GSETTINGS_BACKEND": "memory",
            "LC_ALL": "C.UTF-8",
            "PURSUIT_BENCH_FIRST_FRAME": "1",
        })

        empty_dir = os.path.join(tmp, "empty")
        full_dir = os.path.join(tmp, "full")
        os.makedirs(empty_dir)
        os.makedirs(full_dir)

        started = time.monotonic()
        subprocess.run([args.pursuit_cli, "--data-dir", full_dir, "demo",
                        "--jobs", str(N_JOBS), "--seed", str(SEED)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        print(f"Filled a store with {N_JOBS:,} sample jobs in "
              f"{time.monotonic() - started:.1f} s")
        print(f"Environment: GDK_BACKEND=x11 GSK_RENDERER=cairo "
              f"GDK_DEBUG=gl-disable GTK_A11Y=none "
              f"GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="
              f"{env.get('GSETTINGS_SCHEMA_DIR', '(unset)')}, "
              f"DISPLAY={env['DISPLAY']}")

        programs = [
            ("empty GTK window", [args.empty_window]),
            ("pursuit, empty store", [args.pursuit, "--data-dir", empty_dir]),
            (f"pursuit, {N_JOBS:,} jobs", [args.pursuit, "--data-dir", full_dir]),
        ]
        results = {name: ([], []) for name, _ in programs}

        for name, argv in programs:  # untimed warm-up
            first_frame(argv, env, tmp)
        for _ in range(args.rounds):
            for name, argv in programs:
                ms, rss = first_frame(argv, env, tmp)
                results[name][0].append(ms)
                results[name][1].append(rss)

        baseline = statistics.median(results[programs[0][0]][0])
        print()
        print(f"Process start to first frame, {args.rounds} runs each "
              f"(median, min–max), and peak RSS (median):")
        print(f"  {'':24} {'first frame ms':>16} {'min–max':>15} "
              f"{'ratio':>7} {'peak RSS MB':>12}")
        for name, _ in programs:
            times, rss = results[name]
            med = statistics.median(times)
            print(f"  {name:24} {med:16.1f} {min(times):7.1f}–{max(times):<7.1f} "
                  f"{med / baseline:7.2f} {statistics.median(rss) / 1024:12.1f}")
        print("  (ratio: against the empty GTK window; aims: ratio ≤ 1.5 and "
              "peak RSS under 150 MB with 10,000 jobs)")
        print(flush=True)

        filter_env = dict(env)
        del filter_env["PURSUIT_BENCH_FIRST_FRAME"]
        try:
            done = subprocess.run([args.board_filter, full_dir, str(args.rounds)],
                                  env=filter_env, timeout=300)
        except subprocess.TimeoutExpired:
            fail(f"{args.board_filter} did not finish within 300 s")
        if done.returncode not in (0, 77):
            fail(f"{args.board_filter} exited with {done.returncode}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    return 0


if __name__ == "__main__":
    sys.exit(main())
