#pragma once
// The report layer's public headers in one: the writers: CSV, manifest.json, report.html,
// results.xlsx, and the compare folder read back.
#include "hcsim/report/compare_folder.hpp"
#include "hcsim/report/decision_headline.hpp"
#include "hcsim/report/decision_tables.hpp"
#include "hcsim/report/format.hpp"
#include "hcsim/report/html_report.hpp"
#include "hcsim/report/output_paths.hpp"
#include "hcsim/report/pdf.hpp"
#include "hcsim/report/text.hpp"
#include "hcsim/report/validation.hpp"
#include "hcsim/report/workbook.hpp"
#include "hcsim/report/writers.hpp"
