#!/usr/bin/env python3
"""Times whole processes with hyperfine, interleaved: one warm-up round, then ROUNDS rounds
in each of which every command runs once (`hyperfine -N --runs 1`), the order reversed every
other round, so that a change in the machine's load falls on all commands alike.

Usage: hyperfine_rounds.py ROUNDS OUT.json NAME COMMAND [NAME COMMAND ...]

OUT.json has hyperfine's layout with one entry per command, but "user" and "system" are the
per-run lists (hyperfine's own JSON holds only their means); a summary goes to stdout.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile


def one_round(pairs, path):
    command = ["hyperfine", "--style", "none", "-N", "--runs", "1", "--export-json", path]
    for name, line in pairs:
        command += ["-n", name, line]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    with open(path, encoding="utf-8") as f:
        return json.load(f)["results"]


def main():
    if len(sys.argv) < 5 or len(sys.argv) % 2 == 0:
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    out = sys.argv[2]
    pairs = list(zip(sys.argv[3::2], sys.argv[4::2]))
    merged = {name: {"command": name, "times": [], "user": [], "system": []} for name, _ in pairs}
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "round.json")
        one_round(pairs, path)  # warm-up: file cache, fonts, LibreOffice's profile
        for r in range(rounds):
            order = pairs if r % 2 == 0 else pairs[::-1]
            for result in one_round(order, path):
                entry = merged[result["command"]]
                entry["times"].append(result["times"][0])
                entry["user"].append(result["user"])
                entry["system"].append(result["system"])
    results = [merged[name] for name, _ in pairs]
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"results": results}, f, indent=1)
    for r in results:
        cpu = [u + s for u, s in zip(r["user"], r["system"])]
        print(f'{r["command"]}: median {statistics.median(r["times"]) * 1000:.0f} ms wall '
              f'(min {min(r["times"]) * 1000:.0f}, max {max(r["times"]) * 1000:.0f}), '
              f'{statistics.median(cpu) * 1000:.0f} ms CPU (user+system), {len(r["times"])} runs')


if __name__ == "__main__":
    main()
