#!/usr/bin/env python3
"""Builds scripts/bench.sh's table from the results of one run and prints it; with --docs,
also writes it into docs/performance.md between the two bench.sh marker comments.

Usage: bench_table.py RESULTS_DIR [--docs docs/performance.md] [--commit C] [--date D]
       [--load-before L] [--load-after L] [--reps N] [--quick 0|1] [--seconds S] [--build-seconds S]

RESULTS_DIR holds Google Benchmark JSON (foundation-SIZE.json, entry.json, dashboard.json)
and bench/hyperfine_rounds.py JSON (startup.json, report.json). Every figure is a median over
the repetitions or rounds of the run; a missing file leaves its rows out.
"""
import argparse
import json
import os
import re
import statistics
import sys

BEGIN = "<!-- bench.sh table: begin (scripts/bench.sh rewrites this part) -->"
END = "<!-- bench.sh table: end -->"
UNITS = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}


def load(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def gbench(data, name):
    """Medians over the repetitions of one Google Benchmark: wall and CPU seconds per
    iteration and every counter; None when the benchmark is not in the file."""
    if data is None:
        return None
    runs = [b for b in data["benchmarks"]
            if b.get("run_type") == "iteration" and (b["run_name"] == name or b["run_name"].startswith(name + "/"))]
    if not runs:
        return None
    if any(b.get("error_occurred") for b in runs):
        sys.exit(f"{name}: {runs[0].get('error_message', 'failed')}")
    result = {"n": len(runs)}
    result["wall"] = statistics.median(b["real_time"] * UNITS[b["time_unit"]] for b in runs)
    result["cpu"] = statistics.median(b["cpu_time"] * UNITS[b["time_unit"]] for b in runs)
    for key in ("items_per_second", "rows_per_cpu_second", "median_ms", "p99_ms"):
        if key in runs[0]:
            result[key] = statistics.median(b[key] for b in runs)
    return result


def hyperfine(data, name):
    if data is None:
        return None
    for r in data["results"]:
        if r["command"] == name:
            cpu = [u + s for u, s in zip(r["user"], r["system"])]
            return {"n": len(r["times"]), "wall": statistics.median(r["times"]), "cpu": statistics.median(cpu)}
    return None


def seconds(value):
    if value >= 1:
        return f"{value:,.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:,.3g} ms" if value < 0.1 else f"{value * 1e3:,.0f} ms"
    return f"{value * 1e6:,.3g} µs"


def rate(value):
    return f"{value / 1e3:,.1f} k/s"


def times(side):
    return f"{seconds(side['cpu'])} CPU, {seconds(side['wall'])} wall"


def size_label(figures):
    return f"{figures / 1e6:g} M" if figures >= 1e6 else f"{figures / 1e3:g} k"


class Table:
    def __init__(self):
        self.rows = []
        self.notes = []

    def add(self, measure, program, baseline, ratio, goal, met):
        # met None: a row shown for comparison, without a goal.
        verdict = "—" if met is None else "yes" if met else "**no**"
        self.rows.append((measure, program, baseline, ratio, goal, verdict))

    def time_pair(self, measure, names, program, baseline, goal, basis="CPU"):
        """A pair compared by time (lower is better): the ratio program ÷ baseline on `basis`,
        the other basis beside it."""
        if program is None or baseline is None:
            return
        key, other, other_name = ("cpu", "wall", "wall") if basis == "CPU" else ("wall", "cpu", "CPU")
        ratio = program[key] / baseline[key]
        self.add(measure, f"{names[0]}: {times(program)}", f"{names[1]}: {times(baseline)}",
                 f"{ratio:.2f}× {basis} ({program[other] / baseline[other]:.2f}× {other_name})",
                 f"≤ {goal:g}× {basis}", ratio <= goal)

    def markdown(self):
        header = ("measure", "program", "baseline", "ratio", "goal", "met?")
        lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)


def build(results):
    table = Table()
    sizes = sorted(int(m.group(1)) for f in os.listdir(results) if (m := re.fullmatch(r"foundation-(\d+)\.json", f)))
    imports, statuses = {}, {}
    for size in sizes:
        data = load(os.path.join(results, f"foundation-{size}.json"))
        program, baseline = gbench(data, f"BM_ImportCsv/{size}"), gbench(data, f"BM_ImportRawCsv/{size}")
        if program and baseline:
            imports[size] = (program, baseline)
            ratio = program["rows_per_cpu_second"] / baseline["rows_per_cpu_second"]
            wall = program["items_per_second"] / baseline["items_per_second"]
            once = " (1 run)" if program["n"] == 1 else ""
            table.add(f"1 (8). import {size_label(size)} figures (CSV → validate → write + audit row){once}",
                      f"BM_ImportCsv: {rate(program['rows_per_cpu_second'])} CPU, {rate(program['items_per_second'])} wall",
                      f"BM_ImportRawCsv: {rate(baseline['rows_per_cpu_second'])} CPU, {rate(baseline['items_per_second'])} wall",
                      f"{ratio:.2f} CPU ({wall:.2f} wall), rows/s ÷ rows/s", "≥ 0.6 CPU", ratio >= 0.6)
    for size in sizes:
        data = load(os.path.join(results, f"foundation-{size}.json"))
        program, baseline = gbench(data, f"BM_StatusTable/{size}"), gbench(data, f"BM_StatusRawQuery/{size}")
        if program and baseline:
            statuses[size] = (program, baseline)
            once = " (1 run)" if program["n"] == 1 else ""
            table.time_pair(f"2 (8). status table, D07 last year, {size_label(size)} figures{once}",
                            ("BM_StatusTable", "BM_StatusRawQuery"), program, baseline, 1.5)

    entry = load(os.path.join(results, "entry.json"))
    edit, commit = gbench(entry, "BM_CellEdit"), gbench(entry, "BM_RawCommit/1")
    if edit and commit:
        for key, label in (("median_ms", "median"), ("p99_ms", "p99")):
            ratio = edit[key] / commit[key]
            table.add(f"3. one cell edit committed (WAL, FULL), {label}",
                      f"BM_CellEdit: {label} {edit[key]:.3g} ms ({seconds(edit['cpu'])} CPU per edit)",
                      f"BM_RawCommit/1: {label} {commit[key]:.3g} ms ({seconds(commit['cpu'])} CPU per edit)",
                      f"{ratio:.2f}× wall", "≤ 2× wall", ratio <= 2)
    table.time_pair("4. city entry grid with the counties' sums", ("BM_GridOpen/city", "BM_GridRawQuery/city"),
                    gbench(entry, "BM_GridOpen/city"), gbench(entry, "BM_GridRawQuery/city"), 2)

    startup = load(os.path.join(results, "startup.json"))
    table.time_pair("5. cold start to the first painted main window, 240 k figures",
                    ("zhibiao --quit-after-ms 0", "bare_window --chinese"),
                    hyperfine(startup, "zhibiao --quit-after-ms 0 (240,000 figures)"),
                    hyperfine(startup, "bare Qt Widgets window, Chinese"), 2, basis="wall")
    read = hyperfine(startup, "zhibiao --quit-after-ms 1 (240,000 figures, read)")
    bare = hyperfine(startup, "bare Qt Widgets window, Chinese")
    if read and bare:
        # The window paints first and reads the figures after: the whole wait, for the record.
        table.add("5. cold start until the city's figures are read, 240 k figures (no goal)",
                  f"zhibiao --quit-after-ms 1: {times(read)}", f"bare_window --chinese: {times(bare)}",
                  f"{read['wall'] / bare['wall']:.2f}× wall ({read['cpu'] / bare['cpu']:.2f}× CPU)", "—", None)

    report = load(os.path.join(results, "report.json"))
    cli = hyperfine(report, "zhibiao-cli report --format pdf")
    # The goal's floor is the same document printed by Qt alone (its four faces, its table);
    # the plain text in one face is shown beside it, as the floor of earlier runs.
    table.time_pair("6. annual report → PDF, whole process",
                    ("zhibiao-cli report --format pdf", "bareqtpdf report.html (same faces and table)"),
                    cli, hyperfine(report, "bare QTextDocument -> QPdfWriter, same faces and table (HTML)"), 1.5)
    plain = hyperfine(report, "bare QTextDocument -> QPdfWriter")
    if cli and plain:
        table.add("6. annual report → PDF, against the plain text in one face (no goal)",
                  f"zhibiao-cli report --format pdf: {times(cli)}", f"bareqtpdf report.txt: {times(plain)}",
                  f"{cli['cpu'] / plain['cpu']:.2f}× CPU ({cli['wall'] / plain['wall']:.2f}× wall)", "—", None)
    office = hyperfine(report, "libreoffice --headless --convert-to pdf (ODT)")
    if cli and office:
        ratio = cli["wall"] / office["wall"]
        table.add("6. annual report → PDF, against LibreOffice",
                  f"zhibiao-cli report --format pdf: {times(cli)}",
                  f"soffice --convert-to pdf (same report's ODT): {times(office)}",
                  f"{ratio:.3f}× wall ({office['wall'] / cli['wall']:.1f}× faster; "
                  f"{cli['cpu'] / office['cpu']:.3f}× CPU)", "≤ 0.1× wall (10× faster)", ratio <= 0.1)

    dashboard = load(os.path.join(results, "dashboard.json"))
    table.time_pair("7. dashboard refresh, 2019 Q3, 240 k figures", ("BM_DashboardRefresh", "BM_DashboardRawQuery"),
                    gbench(dashboard, "BM_DashboardRefresh"), gbench(dashboard, "BM_DashboardRawQuery"), 3)

    # CPU seconds per import (from the thread's CPU clock) and per status table.
    def cpu_of(label, size, side):
        return size / side["rows_per_cpu_second"] if label == "import" else side["cpu"]

    for label, pairs in (("import", imports), ("status table", statuses)):
        keys = sorted(pairs)
        steps = []
        for small, large in zip(keys, keys[1:]):
            program, baseline = (cpu_of(label, large, pairs[large][i]) / cpu_of(label, small, pairs[small][i])
                                 for i in (0, 1))
            steps.append(f"{size_label(small)} → {size_label(large)} figures (×{large / small:g}): "
                         f"program ×{program:.2f}, baseline ×{baseline:.2f}")
        if steps:
            table.notes.append(f"Growth of the {label}'s CPU time: " + "; ".join(steps) + ".")
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("results")
    parser.add_argument("--docs")
    parser.add_argument("--commit", default="?")
    parser.add_argument("--date", default="?")
    parser.add_argument("--load-before", default="?")
    parser.add_argument("--load-after", default="?")
    parser.add_argument("--reps", default="?")
    parser.add_argument("--quick", default="0")
    parser.add_argument("--seconds", type=int, default=0)
    parser.add_argument("--build-seconds", type=int, default=0)
    args = parser.parse_args()

    table = build(args.results)
    model = "?"
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "?")
    mode = "quick mode, " if args.quick == "1" else ""

    def minutes(s):
        return f"{s // 60} min {s % 60} s"

    text = "\n".join([
        f"Run of `scripts/bench.sh` ({mode}BENCH_REPS={args.reps}) at commit {args.commit}, {args.date}, "
        f"{minutes(args.seconds)} in all, of which {minutes(args.build_seconds)} building; "
        f"{os.cpu_count()} cores ({model}). Load average (1, 5, 15 min) before: {args.load_before}; "
        f"after: {args.load_after}.",
        "",
        f"Medians of {args.reps} repetitions (Google Benchmark, random interleaving; the 2.4 M size runs "
        f"once) or {args.reps} interleaved hyperfine rounds after a warm-up. CPU time is user + system "
        "(hyperfine) or the process's CPU clock per iteration (Google Benchmark; the imports use the "
        "thread's CPU clock around the timed part only). Ratios are program ÷ baseline.",
        "",
        table.markdown(),
        "",
        *table.notes,
    ]).rstrip() + "\n"
    print(text)

    if args.docs:
        with open(args.docs, encoding="utf-8") as f:
            doc = f.read()
        if BEGIN not in doc or END not in doc:
            sys.exit(f"{args.docs} has no bench.sh markers: {BEGIN} … {END}")
        before, rest = doc.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
        with open(args.docs, "w", encoding="utf-8") as f:
            f.write(before + BEGIN + "\n" + text + END + after)
        print(f"written into {args.docs}")


if __name__ == "__main__":
    main()
