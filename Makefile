# The two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift
DEMO = post --account sandbox --type text --text "Hello from status-composer 👋" --color "\#1E8449" --font serif

.PHONY: deps build run test clean

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

# With no config file this posts to the built-in sandbox; pass ARGS to run anything else,
# e.g. make run ARGS="accounts".
run: build
	@./.build/debug/status-composer $(if $(ARGS),$(ARGS),$(DEMO))

test: deps
	$(SWIFT) test

clean:
	rm -rf .build
