#!/usr/bin/env python3
"""Times attrition-cli and LibreOffice Calc side by side on the files generate.py wrote, checks that
their rows agree to the cent, and prints the medians. Run through bench/calc/run.sh, which prepares the
files and LibreOffice's profile.

    python3 bench/calc/measure.py CLI WORK_DIR PROFILE_DIR RUNS
"""

import csv
import os
import resource
import statistics
import subprocess
import sys
import time
from decimal import Decimal, InvalidOperation

# Comma-separated, '"' quotes, UTF-8, first line 1, no cell formats, English (USA) numbers, quoted
# fields not as text, detect special numbers, cell contents as shown (the 0.00 and 0.0000 formats).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,true"


def run(argv, stdout_path=None):
    """Runs one whole process; returns (wall seconds, user + system CPU seconds of it and its children)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        done = subprocess.run(argv, stdout=out, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
    finally:
        if stdout_path:
            out.close()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"FAILED ({done.returncode}): {' '.join(argv)}\n{done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def soffice_argv(profile, sheet, out_dir):
    return ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
            "--convert-to", CSV_FILTER, "--outdir", out_dir, sheet]


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def compare(engine_csv, calc_csv):
    """Every row, every column: the name as text, every figure as an exact decimal. Returns problems."""
    a, b = read_rows(engine_csv), read_rows(calc_csv)
    problems = []
    if a[:1] != b[:1]:
        problems.append(f"header: {a[:1]} against {b[:1]}")
    if len(a) != len(b):
        problems.append(f"{len(a) - 1} rows from attrition-cli, {len(b) - 1} from Calc")
    for n, (x, y) in enumerate(zip(a[1:], b[1:]), start=2):
        if len(x) != len(y) or x[0] != y[0]:
            problems.append(f"row {n}: {x} against {y}")
            continue
        for h, u, v in zip(a[0][1:], x[1:], y[1:]):
            try:
                same = Decimal(u) == Decimal(v)
            except InvalidOperation:
                same = False
            if not same:
                problems.append(f"row {n} ({x[0]}), {h}: attrition-cli {u}, Calc {v}")
    return problems


def check_recalculation(cli, work, profile):
    """Changes one input cell of the sheet (the first scenario's pickup share, 50.00 -> 99.99 when the
    grid has 10,000 rows) and checks that Calc's figures for that row follow, as attrition-cli's do for
    the same change of the grid."""
    sheet = open(os.path.join(work, "sheet.fods"), encoding="utf-8").read()
    grid = open(os.path.join(work, "grid.csv"), encoding="utf-8").read().splitlines()
    first = grid[1].split(",")
    uniform = [line.split(",") for line in grid[1:] if line.split(",")[1]]
    new_pct = uniform[-1][1]
    cell = f'office:value="{first[1]}"'
    if sheet.count(cell) != 1:
        sys.exit(f"recalculation check: expected one cell {cell} in the sheet")
    check = os.path.join(work, "recalc-check")
    os.makedirs(check, exist_ok=True)
    with open(os.path.join(check, "sheet.fods"), "w", encoding="utf-8") as f:
        f.write(sheet.replace(cell, f'office:value="{new_pct}"'))
    first[1] = new_pct
    with open(os.path.join(check, "grid.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join([grid[0], ",".join(first)] + grid[2:]) + "\n")
    run([cli, "assess", os.path.join(work, "contract.json"), "--scenarios", os.path.join(check, "grid.csv"),
         "--csv"], os.path.join(check, "engine.csv"))
    run(soffice_argv(profile, os.path.join(check, "sheet.fods"), check))
    problems = compare(os.path.join(check, "engine.csv"), os.path.join(check, "sheet.csv"))
    before = read_rows(os.path.join(work, "engine-warm.csv"))[1]
    after = read_rows(os.path.join(check, "sheet.csv"))[1]
    if problems or before[1:] == after[1:]:
        sys.exit("recalculation check FAILED: Calc's figures did not follow a changed input cell\n"
                 + "\n".join(problems[:10]))
    print(f"recalculation on load: checked (pickup of {first[0]} changed to {new_pct}%: rooms "
          f"{before[1]} -> {after[1]} in both)")


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    cli, work, profile, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    contract, grid, sheet = (os.path.join(work, f) for f in ("contract.json", "grid.csv", "sheet.fods"))
    engine_argv = [cli, "assess", contract, "--scenarios", grid, "--csv"]

    # Every formula must be computed by Calc: LibreOffice keeps a cached result it finds in a flat ODF file
    # (.fods) whatever its recalculation setting, so the sheet must carry none.
    with open(sheet, encoding="utf-8") as f:
        cached = sum(1 for cell in f.read().split("<table:table-cell")[1:]
                     if "table:formula=" in cell.split(">", 1)[0] and "office:value" in cell.split(">", 1)[0])
    if cached:
        sys.exit(f"{sheet}: {cached} formula cells carry a cached result; Calc would not recompute them")

    # Warm-up, not timed: LibreOffice's first start fills the fresh profile; both read their files once.
    warm = os.path.join(work, "warm")
    os.makedirs(warm, exist_ok=True)
    run(soffice_argv(profile, sheet, warm))
    run(engine_argv, os.path.join(work, "engine-warm.csv"))
    problems = compare(os.path.join(work, "engine-warm.csv"), os.path.join(warm, "sheet.csv"))
    if problems:
        sys.exit(f"MISMATCH: {len(problems)} differences between attrition-cli and Calc; the first:\n"
                 + "\n".join(problems[:20]))
    check_recalculation(cli, work, profile)

    engine, calc = [], []
    for i in range(runs):
        engine.append(run(engine_argv, os.path.join(work, f"engine-{i}.csv")))
        out = os.path.join(work, f"calc-{i}")
        os.makedirs(out, exist_ok=True)
        calc.append(run(soffice_argv(profile, sheet, out)))
    for i in range(runs):
        problems = compare(os.path.join(work, f"engine-{i}.csv"), os.path.join(work, f"calc-{i}", "sheet.csv"))
        if problems:
            sys.exit(f"MISMATCH in run {i + 1}: {len(problems)} differences; the first:\n"
                     + "\n".join(problems[:20]))
    rows = len(read_rows(os.path.join(work, "engine-0.csv"))) - 1

    # Start-up alone: the same program doing (almost) nothing.
    startup = [run([cli, "--version"])[0] for _ in range(runs)]

    def ms(values):
        return f"{statistics.median(values) * 1000:.1f} ms (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"

    e_wall, e_cpu = [w for w, _ in engine], [c for _, c in engine]
    c_wall, c_cpu = [w for w, _ in calc], [c for _, c in calc]
    load = os.getloadavg()
    print(f"rows identical to the cent in all {runs} runs: {rows} scenarios")
    print(f"load average during the runs: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores")
    print(f"attrition-cli assess --scenarios: wall {ms(e_wall)}; CPU {ms(e_cpu)}")
    print(f"attrition-cli --version (start-up alone): wall {ms(startup)}")
    print(f"soffice --headless --convert-to csv: wall {ms(c_wall)}; CPU {ms(c_cpu)}")
    ratio = statistics.median(c_wall) / statistics.median(e_wall)
    cpu_ratio = statistics.median(c_cpu) / statistics.median(e_cpu)
    print(f"ratio of the medians (Calc / attrition-cli): wall {ratio:.0f}x, CPU {cpu_ratio:.0f}x")
    target = statistics.median(e_wall) <= 0.050 and ratio >= 100
    print(f"targets (<= 50 ms median, >= 100x): {'met' if target else 'NOT met'}")


if __name__ == "__main__":
    main()
