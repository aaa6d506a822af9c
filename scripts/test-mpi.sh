#!/usr/bin/env bash
# Builds hcsim with MPI in ./build-mpi and runs the MPI tests (mpirun with 1, 2 and 4 ranks
# on this machine); their outputs must equal the plain build's (./build, if built) byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
start=$(date +%s)
reference=""
[[ -x build/hcsim ]] && reference="$PWD/build/hcsim"
cmake -S . -B build-mpi -DCMAKE_BUILD_TYPE=Release -DHCSIM_WITH_MPI=ON -DHCSIM_WITH_WASM=OFF \
  -DHCSIM_REFERENCE_HCSIM="$reference" >/dev/null
cmake --build build-mpi -j"$(nproc)" --target hcsim mpi_executor_check
echo "MPI build: $(( $(date +%s) - start )) s"
cd build-mpi
ctest -R '^mpi\.' --output-on-failure
