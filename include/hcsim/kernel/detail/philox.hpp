#pragma once
// Random123's Philox, included in one place. Random123 refuses to compile on architectures it
// was not tested on, wasm32 among them, although Philox4x64 is plain integer arithmetic on
// clang's unsigned __int128 there. For the browser build (Emscripten) the check is passed by
// naming an architecture it accepts for the length of the include; the native build is
// untouched. tests/whatif (the browser's means against the CLI's) checks the result.
#if defined(__EMSCRIPTEN__)
#define R123_USE_GNU_UINT128 1
#define R123_USE_PHILOX_64BIT 1
#define __riscv 1
#include <Random123/philox.h>
#undef __riscv
#else
#include <Random123/philox.h>
#endif
