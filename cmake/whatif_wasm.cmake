# The report's what-if engine: the kernel, the model, the analysis it needs and the whatif
# layer compiled to WebAssembly with Debian's Emscripten (em++), one self-contained script
# (the module inlined, for a page opened from disk), embedded into the report as ECharts is.
# Without em++ (or with -DHCSIM_WITH_WASM=OFF) the report says the section is not there and
# why. Sets HCSIM_WHATIF_JS to the script (empty when not built).
find_program(HCSIM_EMXX em++)
if(HCSIM_EMXX)
  set(hcsim_wasm_default ON)
else()
  set(hcsim_wasm_default OFF)
endif()
option(HCSIM_WITH_WASM "Build the report's in-browser what-if engine (needs emscripten)"
       ${hcsim_wasm_default})
set(HCSIM_WHATIF_JS "")
set(hcsim_sim_dir ${PROJECT_SOURCE_DIR}/sim) # the sources compiled to the module
if(NOT HCSIM_WITH_WASM)
  message(STATUS "hcsim: report without the what-if section (em++ not found or HCSIM_WITH_WASM=OFF)")
  return()
endif()
if(NOT HCSIM_EMXX)
  message(FATAL_ERROR "HCSIM_WITH_WASM=ON needs em++ (apt-get install emscripten)")
endif()
# Only the header-only libraries the module uses, each in a folder of its own, so em++ never
# sees the host's C library headers in /usr/include.
find_path(HCSIM_RANDOM123_DIR Random123/philox.h REQUIRED)
find_path(HCSIM_NLOHMANN_DIR nlohmann/json.hpp REQUIRED)
set(wasm_include ${CMAKE_CURRENT_BINARY_DIR}/wasm_include)
file(MAKE_DIRECTORY ${wasm_include})
foreach(link IN ITEMS "boost|${Boost_INCLUDE_DIRS}/boost" "Random123|${HCSIM_RANDOM123_DIR}/Random123"
                      "nlohmann|${HCSIM_NLOHMANN_DIR}/nlohmann")
  string(REPLACE "|" ";" link "${link}")
  list(GET link 0 name)
  list(GET link 1 target)
  file(CREATE_LINK ${target} ${wasm_include}/${name} SYMBOLIC)
endforeach()
set(wasm_sources
  kernel/random.cpp kernel/calendar.cpp kernel/statistics.cpp kernel/simulation.cpp
  kernel/resource.cpp kernel/huge_pages.cpp
  model/chain_arrivals.cpp model/chain_moves.cpp model/chain_run.cpp model/chain_staff.cpp
  model/distribution.cpp model/exit_choice.cpp model/ledger.cpp model/spec.cpp
  analysis/run_experiment.cpp analysis/metrics.cpp analysis/summaries.cpp
  analysis/task_executor.cpp analysis/replication_codec.cpp analysis/cost_effectiveness.cpp
  analysis/incremental.cpp analysis/ratio.cpp
  scenario/indicator_measure.cpp
  whatif/model_json.cpp whatif/whatif_model.cpp whatif/wasm_entry.cpp)
list(TRANSFORM wasm_sources PREPEND ${hcsim_sim_dir}/)
file(GLOB_RECURSE wasm_headers CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/include/hcsim/*.hpp
     ${hcsim_sim_dir}/model/*.hpp ${hcsim_sim_dir}/analysis/*.hpp
     ${hcsim_sim_dir}/whatif/*.hpp)
set(HCSIM_WHATIF_JS ${CMAKE_CURRENT_BINARY_DIR}/hcsim_whatif_module.js)
# NODE_PATH: Debian's emcc finds its JavaScript packages (acorn) there when another node is
# first on PATH. -fexceptions: a refused field or a bad request is answered, not aborted.
add_custom_command(OUTPUT ${HCSIM_WHATIF_JS}
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
          ${HCSIM_EMXX} -std=c++20 -O2 -fexceptions -DNDEBUG
          -I${PROJECT_SOURCE_DIR}/include -I${hcsim_sim_dir} -isystem ${wasm_include}
          ${wasm_sources}
          -sMODULARIZE=1 -sEXPORT_NAME=hcsimWhatIfModule -sSINGLE_FILE=1
          -sENVIRONMENT=web,worker -sALLOW_MEMORY_GROWTH=1
          -sEXPORTED_FUNCTIONS=_hcsim_whatif_load,_hcsim_whatif_run
          -sEXPORTED_RUNTIME_METHODS=ccall
          -o ${HCSIM_WHATIF_JS}
  DEPENDS ${wasm_sources} ${wasm_headers}
  COMMENT "Compiling the what-if engine to WebAssembly (em++)"
  VERBATIM)
