# Thin wrapper over CMake (cmark's Makefile): make, make test, make asan,
# make example, make bench, make gazetteer.
BUILD ?= build
JOBS ?= $(shell nproc)

.PHONY: all test asan example bench gazetteer format clean

all:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD) -j$(JOBS)

test: all
	ctest --test-dir $(BUILD) --output-on-failure --no-tests=error -j$(JOBS)

asan:
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DRASD_SANITIZE=ON
	cmake --build build-asan -j$(JOBS)
	ctest --test-dir build-asan --output-on-failure --no-tests=error -j$(JOBS)

example:
	bash scripts/example.sh

bench: all
	bash bench/run.sh

gazetteer:
	bash tools/gazetteer/build.sh

format:
	clang-format -i include/rasd/*.h src/*/*.c src/*/*.h cli/*.c cli/*.h

clean:
	rm -rf $(BUILD) build-asan
