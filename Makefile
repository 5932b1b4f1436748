# The two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift

.PHONY: deps build run test bench clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

# Opens the composer; with no config file it posts to the built-in sandbox. Pass ARGS to run
# anything else, e.g. make run ARGS="accounts".
run: build
	@./.build/debug/status-composer $(ARGS)

test: deps
	$(SWIFT) test

# Release build, the Benchmarks/ package and every comparison; see BENCHMARKS.md.
bench:
	@SWIFT=$(SWIFT) ./Benchmarks/run-all.sh

clean:
	rm -rf .build
