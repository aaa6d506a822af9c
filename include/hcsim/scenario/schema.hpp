#pragma once
// Every number a scenario file takes, declared once: where it is written, its unit, the range
// the reader accepts, what leaving it out means, and one line of help. The scenario reader
// checks each number against its entry, `hcsim parameters` takes units from it, and
// `hcsim parameters --schema` prints it as the reference table of scenarios/README.md (a test
// keeps the two equal).
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace hcsim::scenario {

struct FieldSchema {
    std::string_view path = {}; // as written: <name> for any id, [] for any list index
    std::string_view unit = {};
    double min = 0.0;
    double max = 0.0;
    std::optional<double> default_value = std::nullopt; // used when left out; none: see `absent`
    std::string_view absent = {}; // what leaving it out means, when the default does not say
    bool whole = false;
    bool per_group = false;         // a number, or a map by group with an optional `default`
    std::string_view max_note = {}; // shown for the upper bound instead of `max` (a raisable limit)
    std::string_view help = {};
    // How the Swedish report names the field's key ("ärenden per årsarbetare"); the report
    // puts the state, option, role or group before it. Empty: named by the report itself.
    std::string_view label_sv = {};
};

namespace fields {

inline constexpr double unlimited = std::numeric_limits<double>::infinity();
inline constexpr double max_delay_days = 365.0 * 1000.0;

// Top level.
inline constexpr FieldSchema horizon_years{.path = "horizon_years",
                                           .unit = "years",
                                           .min = 0.01,
                                           .max = 1e300,
                                           .absent = "required",
                                           .max_note = "the horizon_years limit (100)",
                                           .help = "simulated length, may be fractional"};
inline constexpr FieldSchema discount_rate{.path = "discount_rate",
                                           .unit = "per year",
                                           .min = 0.0,
                                           .max = 0.99,
                                           .default_value = 0.0,
                                           .help = "yearly discount rate for costs"};
inline constexpr FieldSchema price_year{.path = "price_year",
                                        .unit = "",
                                        .min = 1900,
                                        .max = 2200,
                                        .default_value = 0.0,
                                        .absent = "0 (not stated)",
                                        .whole = true,
                                        .help = "price level of all money (printed by compare)",
                                        .label_sv = "prisår"};
inline constexpr FieldSchema replications{.path = "replications",
                                          .unit = "",
                                          .min = 1,
                                          .max = 9007199254740991.0,
                                          .default_value = 100.0,
                                          .whole = true,
                                          .max_note = "the replications limit (1,000,000)",
                                          .help =
                                              "replications per option (--replications overrides)",
                                          .label_sv = "simuleringar per alternativ"};
inline constexpr FieldSchema seed{.path = "seed",
                                  .unit = "",
                                  .min = 0,
                                  .max = 9007199254740991.0,
                                  .default_value = 1.0,
                                  .whole = true,
                                  .max_note = "2^53 − 1",
                                  .help = "random seed (--seed overrides)",
                                  .label_sv = "slumpfrö"};
inline constexpr FieldSchema homeless_trend{
    .path = "homeless_trend_per_year",
    .unit = "per year",
    .min = -1.0,
    .max = 10.0,
    .absent = "none",
    .help = "the district's own trend in homelessness, recorded with the scenario (not simulated)"};
// Groups and states.
inline constexpr FieldSchema group_children{.path = "groups.<group>.children",
                                            .unit = "children/household",
                                            .min = 0.0,
                                            .max = 20.0,
                                            .default_value = 0.0,
                                            .help = "children per household of the group",
                                            .label_sv = "barn per hushåll"};
inline constexpr FieldSchema state_cost{.path = "states.<state>.cost_per_day",
                                        .unit = "SEK/day",
                                        .min = 0.0,
                                        .max = 1e7,
                                        .default_value = 0.0,
                                        .per_group = true,
                                        .help = "SEK per household-day",
                                        .label_sv = "kostnad per dygn"};
inline constexpr FieldSchema state_capacity{.path = "states.<state>.capacity",
                                            .unit = "places",
                                            .min = 0,
                                            .max = 10000000,
                                            .absent = "unlimited",
                                            .whole = true,
                                            .help = "most households at once",
                                            .label_sv = "platser"};
inline constexpr FieldSchema capacity_from_year{
    .path = "states.<state>.capacity_changes[].from_year",
    .unit = "budget year",
    .min = 2,
    .max = 12000,
    .absent = "required (or from_month)",
    .whole = true,
    .help = "a build plan's step starts at this budget year (1 is `capacity` itself)",
    .label_sv = "platser ändras från år"};
inline constexpr FieldSchema capacity_from_month{
    .path = "states.<state>.capacity_changes[].from_month",
    .unit = "month",
    .min = 2,
    .max = 12000,
    .absent = "required (or from_year)",
    .whole = true,
    .help = "a build plan's step starts at this month (1 is `capacity` itself)",
    .label_sv = "platser ändras från månad"};
inline constexpr FieldSchema capacity_change{.path = "states.<state>.capacity_changes[].capacity",
                                             .unit = "places",
                                             .min = 0,
                                             .max = 10000000,
                                             .absent = "required",
                                             .whole = true,
                                             .help = "places from that step on",
                                             .label_sv = "platser"};
inline constexpr FieldSchema initial_count{.path = "initial.<state>.<group>",
                                           .unit = "households",
                                           .min = 0,
                                           .max = 4294967295.0,
                                           .absent = "none",
                                           .whole = true,
                                           .max_note = "2^32 − 1",
                                           .help = "households in the state at the start",
                                           .label_sv = "hushåll vid start"};
// Arrivals.
inline constexpr FieldSchema arrival_rate{.path = "arrivals[].per_year",
                                          .unit = "households/year",
                                          .min = 0.0,
                                          .max = 1e6,
                                          .default_value = 0.0,
                                          .absent = "required",
                                          .per_group = true,
                                          .help = "mean arrivals per year; groups not given get 0",
                                          .label_sv = "hushåll per år"};
inline constexpr FieldSchema arrival_trend{.path = "arrivals[].trend_per_year",
                                           .unit = "per year",
                                           .min = -1.0,
                                           .max = 10.0,
                                           .default_value = 0.0,
                                           .help = "linear trend: rate × max(0, 1 + trend × years)",
                                           .label_sv = "trend per år"};
inline constexpr FieldSchema arrival_season{.path = "arrivals[].seasonality[]",
                                            .unit = "factor",
                                            .min = 0.0,
                                            .max = 12.0,
                                            .default_value = 1.0,
                                            .help = "12 monthly multipliers with mean 1",
                                            .label_sv = "säsongsvariation"};
// Exits and their delays.
inline constexpr FieldSchema exit_p{.path = "exits.<state>[].p",
                                    .unit = "probability",
                                    .min = 0.0,
                                    .max = 1.0,
                                    .absent = "required (or `rest`)",
                                    .per_group = true,
                                    .help =
                                        "chance of this exit; a state's exits sum to 1 per group",
                                    .label_sv = "sannolikhet"};
inline constexpr FieldSchema exit_cost{.path = "exits.<state>[].cost",
                                       .unit = "SEK/event",
                                       .min = -1e9,
                                       .max = 1e9,
                                       .absent = "none",
                                       .help = "SEK per move (negative: income); or a map by payer",
                                       .label_sv = "kostnad för"};
inline constexpr FieldSchema delay_mean{
    .path = "<delay>.mean_days",
    .unit = "days",
    .min = 1e-9,
    .max = max_delay_days,
    .absent = "required",
    .help = "mean of an exponential, gamma, lognormal or weibull delay",
    .label_sv = "genomsnittlig tid till flytt (dagar)"};
inline constexpr FieldSchema delay_cv{.path = "<delay>.cv",
                                      .unit = "ratio",
                                      .min = 0.01,
                                      .max = 10.0,
                                      .absent = "required",
                                      .help = "coefficient of variation (gamma, lognormal)",
                                      .label_sv = "tidens variationskoefficient"};
inline constexpr FieldSchema delay_shape{.path = "<delay>.shape",
                                         .unit = "",
                                         .min = 0.1,
                                         .max = 20.0,
                                         .absent = "required",
                                         .help = "weibull shape",
                                         .label_sv = "tidens formparameter"};
inline constexpr FieldSchema delay_days{.path = "<delay>.days",
                                        .unit = "days",
                                        .min = 0.0,
                                        .max = max_delay_days,
                                        .absent = "required",
                                        .help = "a fixed delay, or each value of an empirical one",
                                        .label_sv = "tid till flytt (dagar)"};
inline constexpr FieldSchema delay_min{.path = "<delay>.min_days",
                                       .unit = "days",
                                       .min = 0.0,
                                       .max = max_delay_days,
                                       .absent = "required",
                                       .help = "lower bound of a uniform delay",
                                       .label_sv = "kortaste tid till flytt (dagar)"};
inline constexpr FieldSchema delay_max{.path = "<delay>.max_days",
                                       .unit = "days",
                                       .min = 0.0,
                                       .max = max_delay_days,
                                       .absent = "required",
                                       .help =
                                           "upper bound of a uniform delay (not below min_days)",
                                       .label_sv = "längsta tid till flytt (dagar)"};
inline constexpr FieldSchema delay_weights{.path = "<delay>.weights[]",
                                           .unit = "",
                                           .min = 0.0,
                                           .max = 1e12,
                                           .absent = "equal",
                                           .help = "weights of an empirical delay",
                                           .label_sv = "tidens vikter"};
// Staff pools (options.<option>.staff.<role>).
inline constexpr FieldSchema staff_fte{.path = "staff.<role>.fte",
                                       .unit = "FTE",
                                       .min = 0.0,
                                       .max = 1000.0,
                                       .default_value = 0.0,
                                       .absent = "required",
                                       .help = "full-time equivalents",
                                       .label_sv = "årsarbetare"};
inline constexpr FieldSchema staff_cost{.path = "staff.<role>.cost_per_fte_year",
                                        .unit = "SEK/FTE-year",
                                        .min = 0.0,
                                        .max = 1e8,
                                        .default_value = 0.0,
                                        .absent = "required",
                                        .help = "SEK per FTE-year, with on-costs",
                                        .label_sv = "kostnad per årsarbetare och år"};
inline constexpr FieldSchema staff_caseload{.path = "staff.<role>.caseload_per_fte",
                                            .unit = "households/FTE",
                                            .min = 0.0,
                                            .max = 10000.0,
                                            .default_value = 0.0,
                                            .absent = "required",
                                            .help = "households one FTE holds at once",
                                            .label_sv = "ärenden per årsarbetare"};
inline constexpr FieldSchema staff_client_time{
    .path = "staff.<role>.client_time_share",
    .unit = "share",
    .min = 0.0,
    .max = 1.0,
    .default_value = 1.0,
    .help = "share of each FTE spent on clients (slots = fte × share × caseload)",
    .label_sv = "andel av tiden med klienter"};
inline constexpr FieldSchema contact_success{.path = "staff.<role>.contact.p_success",
                                             .unit = "probability",
                                             .min = 0.0,
                                             .max = 1.0,
                                             .default_value = 1.0,
                                             .help = "chance that one contact attempt succeeds",
                                             .label_sv = "andel som nås per kontaktförsök"};
inline constexpr FieldSchema contact_attempts{.path = "staff.<role>.contact.attempts",
                                              .unit = "attempts",
                                              .min = 1,
                                              .max = 100,
                                              .default_value = 1.0,
                                              .whole = true,
                                              .help = "most contact attempts",
                                              .label_sv = "antal kontaktförsök"};
inline constexpr FieldSchema contact_days{.path = "staff.<role>.contact.days_between",
                                          .unit = "days",
                                          .min = 0.0,
                                          .max = 3650.0,
                                          .default_value = 0.0,
                                          .help = "days between contact attempts",
                                          .label_sv = "dagar mellan kontaktförsöken"};
inline constexpr FieldSchema staff_max_wait{.path = "staff.<role>.max_wait_days",
                                            .unit = "days",
                                            .min = 0.0,
                                            .max = 1e6,
                                            .default_value = unlimited,
                                            .help =
                                                "how long a contacted household waits for a slot",
                                            .label_sv = "längsta väntan på plats (dagar)"};
inline constexpr FieldSchema staff_move_lead{
    .path = "staff.<role>.move_lead_days",
    .unit = "days",
    .min = 0.0,
    .max = 1e6,
    .default_value = unlimited,
    .absent = "the whole stay",
    .help = "how long before a planned move (serves_moves_to) the household is referred",
    .label_sv = "dagar före flytten som stödet börjar"};
inline constexpr FieldSchema effect_risk{.path = "staff.<role>.effects[].relative_risk",
                                         .unit = "ratio",
                                         .min = 0.0,
                                         .max = 100.0,
                                         .default_value = 1.0,
                                         .help = "the exit's probability × this while served",
                                         .label_sv = "relativ risk"};
inline constexpr FieldSchema effect_delay{.path = "staff.<role>.effects[].delay_factor",
                                          .unit = "factor",
                                          .min = 0.01,
                                          .max = 100.0,
                                          .default_value = 1.0,
                                          .help = "multiplies the remaining delay while served",
                                          .label_sv = "tidsfaktor"};
inline constexpr FieldSchema lasting_share{
    .path = "staff.<role>.lasting.share",
    .unit = "share",
    .min = 0.0,
    .max = 1.0,
    .default_value = 0.0,
    .help = "share of the effects (log scale) that remains after the active period",
    .label_sv = "andel av effekten som består efteråt"};
inline constexpr FieldSchema lasting_half_life{
    .path = "staff.<role>.lasting.half_life_days",
    .unit = "days",
    .min = 1.0,
    .max = 1e6,
    .default_value = unlimited,
    .absent = "never decays",
    .help = "the remaining share halves every so many days",
    .label_sv = "den bestående effektens halveringstid (dagar)"};
inline constexpr FieldSchema added_places{.path = "staff.<role>.adds_places.<state>",
                                          .unit = "places",
                                          .min = 0,
                                          .max = 100000,
                                          .absent = "none",
                                          .whole = true,
                                          .help = "places the role adds to a state while active",
                                          .label_sv = "platser som tillförs"};
inline constexpr FieldSchema outreach_rate{.path = "staff.<role>.outreach.per_fte_year",
                                           .unit = "households/FTE-year",
                                           .min = 0.0,
                                           .max = 1e5,
                                           .default_value = 0.0,
                                           .per_group = true,
                                           .help = "households found a year per FTE",
                                           .label_sv = "uppsökta hushåll per årsarbetare och år"};
inline constexpr FieldSchema active_from_year{
    .path = "<active>.from_year",
    .unit = "budget year",
    .min = 1,
    .max = 12000,
    .default_value = 1.0,
    .whole = true,
    .help = "first budget year a staff pool or fixed cost is active",
    .label_sv = "aktiv från år"};
inline constexpr FieldSchema active_to_year{.path = "<active>.to_year",
                                            .unit = "budget year",
                                            .min = 1,
                                            .max = 12000,
                                            .absent = "the horizon's end",
                                            .whole = true,
                                            .help = "last budget year it is active",
                                            .label_sv = "aktiv till och med år"};
inline constexpr FieldSchema active_from_month{
    .path = "<active>.from_month",
    .unit = "month",
    .min = 1,
    .max = 12000,
    .default_value = 1.0,
    .whole = true,
    .help = "first month a staff pool or fixed cost is active (instead of years)",
    .label_sv = "aktiv från månad"};
inline constexpr FieldSchema active_to_month{.path = "<active>.to_month",
                                             .unit = "month",
                                             .min = 1,
                                             .max = 12000,
                                             .absent = "the horizon's end",
                                             .whole = true,
                                             .help = "last month it is active",
                                             .label_sv = "aktiv till och med månad"};
// Fixed costs (options.<option>.fixed_costs.<name>).
inline constexpr FieldSchema fixed_amount{.path = "fixed_costs.<name>.amount",
                                          .unit = "SEK",
                                          .min = 0.0,
                                          .max = 1e10,
                                          .default_value = 0.0,
                                          .absent = "required (or per_year)",
                                          .help = "SEK once, spread over the active period",
                                          .label_sv = "belopp"};
inline constexpr FieldSchema fixed_per_year{.path = "fixed_costs.<name>.per_year",
                                            .unit = "SEK/year",
                                            .min = 0.0,
                                            .max = 1e10,
                                            .default_value = 0.0,
                                            .absent = "required (or amount)",
                                            .help = "SEK a year while active (instead of amount)",
                                            .label_sv = "belopp per budgetår"};
// Validation targets (validation[], and calibration targets files).
inline constexpr FieldSchema target_observed{.path = "validation[].observed",
                                             .unit = "",
                                             .min = 0.0,
                                             .max = 1e9,
                                             .default_value = 0.0,
                                             .absent = "required",
                                             .help = "the figure the district saw",
                                             .label_sv = "observerat värde"};
inline constexpr FieldSchema target_sd{.path = "validation[].sd",
                                       .unit = "",
                                       .min = 1e-9,
                                       .max = 1e9,
                                       .absent = "max(1, √observed)",
                                       .help = "its standard deviation",
                                       .label_sv = "standardavvikelse"};
inline constexpr FieldSchema target_weight{.path = "validation[].weight",
                                           .unit = "",
                                           .min = 0.0,
                                           .max = 1e6,
                                           .default_value = 1.0,
                                           .help = "weight in a calibration's fit",
                                           .label_sv = "vikt"};

} // namespace fields

// Every entry above, in the order of scenarios/README.md.
[[nodiscard]] std::span<const FieldSchema* const> field_schema();

// The reference table of scenarios/README.md (`hcsim parameters --schema`), Markdown.
[[nodiscard]] std::string schema_markdown();

// The entry a key names, as a field's path ends with it ("caseload_per_fte",
// "delay.mean_days", "adds_places": a trailing <name> may be left out); the first in
// declaration order where several match; nullptr for none.
[[nodiscard]] const FieldSchema* field_for_key(std::string_view key);

// The unit of a recorded field path ("options.x.staff.bolots.fte" -> "FTE"); empty when it
// has none.
[[nodiscard]] std::string unit_of_field(const std::string& field);

} // namespace hcsim::scenario
