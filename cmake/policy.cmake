# Two INTERFACE targets carry build policy; every target links them PRIVATE.
add_library(hcsim_warnings INTERFACE)
target_compile_options(hcsim_warnings INTERFACE
  -Wall -Wextra -Wpedantic   # the usual set
  -Wshadow                   # a local hiding a member is a bug waiting to happen
  -Wnon-virtual-dtor         # polymorphic types must be destroyed safely
  -Wold-style-cast           # casts must be visible and checked
  -Wcast-align
  -Wunused
  -Woverloaded-virtual
  -Wnull-dereference
  -Wdouble-promotion         # float silently widened in hot arithmetic
  -Wformat=2
  -Wimplicit-fallthrough)

add_library(hcsim_options INTERFACE)
if(HCSIM_SANITIZE)
  target_compile_options(hcsim_options INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(hcsim_options INTERFACE -fsanitize=address,undefined)
endif()
if(HCSIM_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "HCSIM_FUZZ needs clang (CXX=clang++-14)")
  endif()
  # Every library is instrumented for coverage and checked by ASan and UBSan; only the fuzz
  # target links libFuzzer's main.
  target_compile_options(hcsim_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(hcsim_options INTERFACE -fsanitize=address,undefined)
endif()
