"""Reads results.xlsx back (openpyxl) and checks it against the CSV files it was made from:
every summary row, difference row, monthly row and validation row, as numbers, in the same
order. A Swedish workbook must also show no id of the scenario and no English word in its
text cells, the decision sheets (incremental.csv, the PSA's and the sweep's tables) included,
which must hold the numbers of their CSV files; an English one keeps the ids, which are checked
against the CSV files."""
import csv
import math
import sys
from pathlib import Path

from openpyxl import load_workbook

folder = Path(sys.argv[1])
book = load_workbook(folder / "results.xlsx", read_only=True)
failures = []


def number(text):
    return None if text == "" else float(text)


def check(sheet_name, csv_name, key_columns, value_columns):
    """key_columns/value_columns: (csv column, sheet column index) pairs."""
    rows = list(csv.DictReader(open(folder / csv_name, newline="", encoding="utf-8")))
    sheet = list(book[sheet_name].iter_rows(min_row=2, values_only=True))
    if len(sheet) != len(rows):
        failures.append(f"{sheet_name}: {len(sheet)} rows, {csv_name} has {len(rows)}")
        return
    for line, (row, cells) in enumerate(zip(rows, sheet), start=2):
        for column, index in key_columns:
            if ("" if cells[index] is None else str(cells[index])) != row[column]:
                failures.append(f"{sheet_name}!{line}: {column} {cells[index]!r} != {row[column]!r}")
        for column, index in value_columns:
            expected, got = number(row[column]), cells[index]
            if expected is None:
                if got is not None:
                    failures.append(f"{sheet_name}!{line}: {column} should be empty, is {got!r}")
            elif not isinstance(got, (int, float)) or not math.isclose(got, expected, rel_tol=0,
                                                                        abs_tol=1e-9):
                failures.append(f"{sheet_name}!{line}: {column} {got!r} != {expected!r}")


names = book.sheetnames
swedish = "Sammanfattning" in names
interval = [("mean", 4), ("ci_low", 5), ("ci_high", 6)]
outcomes = [n for n in names if n in ("Utfall", "Outcomes")][0]
differences = [n for n in names if n in ("Skillnader", "Differences")]
monthly = [n for n in names if n in ("Månadsserier", "Monthly")][0]
# The first sheet leads with what the decision rests on: the report's summary paragraphs.
lead = list(book[names[0]].iter_rows(max_row=3, values_only=True))
if names[0] not in ("Sammanfattning", "Summary") or len(lead) < 2 or not lead[1][0]:
    failures.append(f"the first sheet is not the summary paragraphs: {names[0]} {lead}")
if swedish:
    # Titles and Swedish labels, no ids: the rows are checked by their numbers, in order.
    check(outcomes, "summary.csv", [], [("mean", 3), ("ci_low", 4), ("ci_high", 5)])
    if differences:
        check(differences[0], "differences.csv", [], [("mean", 4), ("ci_low", 5), ("ci_high", 6)])
    if (folder / "contributions.csv").exists():
        check("Vad varje roll bidrar med", "contributions.csv", [],
              [("mean", 4), ("ci_low", 5), ("ci_high", 6)])
    check(monthly, "timeseries.csv", [], [("month", 1), ("mean", 3), ("ci_low", 4), ("ci_high", 5)])
    if (folder / "validation.csv").exists():
        check("Validering", "validation.csv", [("title", 12)],
              [("first_month", 2), ("last_month", 3), ("observed", 4), ("model_mean", 5),
               ("mean_ci_low", 6), ("mean_ci_high", 7), ("range_low", 8), ("range_high", 9)])
    # The decision sheets, each beside its CSV file: as many rows, every number the same (a
    # cell the sheet shows in words, such as a calendar year, is text there).
    decision_sheets = {"incremental": "Kostnadseffektivitet", "funder": "Finansiärens kostnad",
                       "cost_breakdown": "Kostnadsskillnad per post",
                       "break_even_years": "Återbetalning per år",
                       "psa_summary": "Osäkerhet, sammanfattning", "break_even": "Effekt som krävs",
                       "psa_break_even_years": "Återbetalning, osäkerhet",
                       "evppi": "Informationsvärde per grupp",
                       "acceptability": "Kostnadseffektivitetskurva", "evpi": "Informationsvärde",
                       "psa_draws": "Dragningar", "tornado": "Känslighet, ett i taget",
                       "global_sensitivity": "Känslighet, alla samtidigt", "sweep": "Bemanning"}
    decision_csvs = {}
    for stem, sheet_name in decision_sheets.items():
        for place in (folder, Path(str(folder) + "-psa"), Path(str(folder) + "-sweep")):
            if (place / f"{stem}.csv").exists():
                decision_csvs[stem] = place / f"{stem}.csv"
                break
        if stem not in decision_csvs:
            continue
        if sheet_name not in names:
            failures.append(f"no sheet {sheet_name} for {decision_csvs[stem]}")
            continue
        rows = list(csv.DictReader(open(decision_csvs[stem], newline="", encoding="utf-8")))
        sheet = list(book[sheet_name].iter_rows(min_row=2, values_only=True))
        if len(sheet) != len(rows):
            failures.append(f"{sheet_name}: {len(sheet)} rows, {stem}.csv has {len(rows)}")
            continue
        for line, (row, cells) in enumerate(zip(rows, sheet), start=2):
            for index, value in enumerate(row.values()):
                try:
                    expected = float(value)
                except ValueError:
                    continue
                got = cells[index]
                if isinstance(got, (int, float)) and not math.isclose(got, expected, rel_tol=0,
                                                                      abs_tol=1e-9):
                    failures.append(f"{sheet_name}!{line}C{index + 1}: {got!r} != {value!r}")
    # No English word or id in any text cell of any Swedish sheet: no id of the CSV files, no
    # name with an underscore, no psa label's arrow.
    ids = set()
    csvs = [folder / n for n in ("summary.csv", "budget.csv", "timeseries.csv",
                                 "contributions.csv")] + list(decision_csvs.values())
    for path in csvs:
        if path.exists():
            for row in csv.DictReader(open(path, newline="", encoding="utf-8")):
                for column in ("option", "item", "state", "payer", "metric", "role", "perspective",
                               "status", "category", "group", "baseline", "compared_with",
                               "field", "label", "note", "ratio_note", "outcome"):
                    if "_" in row.get(column, "") or row.get(column) in ("yes", "no"):
                        ids.add(row[column])
    english = {"yes", "no", "assumption", "households/year", "probability", "FTE", "SEK",
               "district", "city", "society", "baseline", "costs", "role:", "effects:",
               "dominant", "dominated", "trade_off", "not_estimable", "share", "time", "client",
               "relative", "delay", "factor", "caseload"}
    for name in names:
        for r, cells in enumerate(book[name].iter_rows(values_only=True), start=1):
            for c, cell in enumerate(cells):
                if isinstance(cell, str):
                    words = set(cell.replace("(", " ").replace(")", " ").replace(",", " ").split())
                    bad = (words & english) | ({cell} & ids) | (words & ids)
                    if "_" in cell or "->" in cell:
                        bad.add(cell)
                    if bad:
                        failures.append(f"{name}!R{r}C{c + 1}: {sorted(bad)} in {cell!r}")
else:
    check(outcomes, "summary.csv", [("option", 0), ("metric", 2), ("unit", 3)], interval)
    if differences:
        check(differences[0], "differences.csv", [("option", 0), ("baseline", 1), ("metric", 3)],
              [("mean", 5), ("ci_low", 6), ("ci_high", 7)])
    if (folder / "contributions.csv").exists():
        check("What each role contributes", "contributions.csv",
              [("option", 0), ("role", 2), ("metric", 4), ("unit", 5)],
              [("mean", 6), ("ci_low", 7), ("ci_high", 8)])
    check(monthly, "timeseries.csv", [("option", 0), ("state", 3)], [("month", 1)] + interval)
    if (folder / "validation.csv").exists():
        check("Validation", "validation.csv",
              [("target", 0), ("quantity", 1), ("within_range", 10), ("source", 11),
               ("title", 12)],
              [("first_month", 2), ("last_month", 3), ("observed", 4), ("model_mean", 5),
               ("mean_ci_low", 6), ("mean_ci_high", 7), ("range_low", 8), ("range_high", 9)])
for wanted in ("Sammanfattning", "Utfall", "Skillnader", "Kostnader", "Budget", "Månadsserier",
               "Antaganden", "Körning") if swedish else ():
    if wanted not in names:
        failures.append(f"no sheet {wanted} (sheets: {names})")
header = next(book[outcomes].iter_rows(max_row=1, values_only=True))
if swedish and ("Medelvärde" not in header or "Enhet" not in header):
    failures.append(f"summary header lacks Swedish labels: {header}")
if failures:
    print("\n".join("FAIL: " + f for f in failures[:20]))
    sys.exit(1)
print(f"workbook matches summary.csv, differences.csv, timeseries.csv, contributions.csv and validation.csv "
      f"when present ({names})")
