// The browser's what-if module (WebAssembly, cmake/whatif_wasm.cmake): two C functions the
// report's worker calls with JSON text. Not part of the native build.
#include "hcsim/whatif/whatif_model.hpp"

#include <emscripten/emscripten.h>

#include <optional>
#include <string>

namespace {

// Tells the worker how far a run is (it posts it to the page).
// JavaScript inside: kept from clang-format, which would split its `===`.
// clang-format off
EM_JS(void, post_progress, (double done, double total), {
    if (typeof self.hcsimProgress === 'function') {
        self.hcsimProgress(done, total);
    }
});
// clang-format on

std::optional<hcsim::whatif::WhatIfModel> loaded;
std::string answer; // the last answer, alive until the next call

const char* reply(const nlohmann::json& json) {
    answer = json.dump();
    return answer.c_str();
}

const char* error_reply(const std::string& message) {
    return reply(nlohmann::json{{"error", message}});
}

} // namespace

extern "C" {

// Reads the what-if model (whatif.json); answers {} or {"error": ...}.
EMSCRIPTEN_KEEPALIVE const char* hcsim_whatif_load(const char* model_json) {
    try {
        loaded = hcsim::whatif::whatif_from_json(nlohmann::json::parse(model_json));
        return reply(nlohmann::json::object());
    } catch (const std::exception& e) {
        return error_reply(e.what());
    }
}

// Runs {"set": {FIELD: VALUE, ...}, "replications": R, "seed": S}; answers the result
// (whatif::to_json) or {"error": ...}.
EMSCRIPTEN_KEEPALIVE const char* hcsim_whatif_run(const char* request_json) {
    if (!loaded) {
        return error_reply("no what-if model loaded");
    }
    try {
        const auto request = nlohmann::json::parse(request_json);
        hcsim::whatif::WhatIfRun run;
        run.set = request.value("set", std::map<std::string, double>{});
        run.replications = request.value("replications", std::size_t{100});
        run.seed = request.value("seed", std::uint64_t{1});
        const auto result =
            hcsim::whatif::run(*loaded, run, [](std::size_t done, std::size_t total) {
                post_progress(static_cast<double>(done), static_cast<double>(total));
            });
        return reply(hcsim::whatif::to_json(result));
    } catch (const std::exception& e) {
        return error_reply(e.what());
    }
}

} // extern "C"
