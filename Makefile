# The two commands a newcomer runs (see README.md). Everything real lives in CMake; this file only sequences it.
BUILD     ?= build
TYPE      ?= RelWithDebInfo
JOBS      ?= $(shell nproc)
SANITIZE  ?= OFF
DEMO_DIR  ?= $(BUILD)/demo

.PHONY: demo test test-asan deps configure build bench clean

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=$(TYPE) -DBOSAI_SANITIZE=$(SANITIZE) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

demo: build
	@scripts/demo.sh $(BUILD)/bosai $(DEMO_DIR)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# CI runs the suite once more under AddressSanitizer and UBSan in a separate build tree.
test-asan:
	@$(MAKE) --no-print-directory test BUILD=build-asan TYPE=Debug SANITIZE=ON

bench: build
	@cmake --build $(BUILD) --target bosai_benches -j $(JOBS)
	@for b in $(BUILD)/bench/bench_*; do echo "== $$b"; $$b || exit 1; done

clean:
	rm -rf build build-asan
