# The two commands a newcomer needs: `make run` and `make test`.
SWIFT ?= swift

.PHONY: deps build run test fuzz bench clean install uninstall

deps:
	@./scripts/install-deps.sh

build: deps
	$(SWIFT) build

# Opens the composer; with no config file it posts to the built-in sandbox. Pass ARGS to run
# anything else, e.g. make run ARGS="accounts".
run: build
	@./.build/debug/status-composer $(ARGS)

# The man page tool is built first: the install test (InstallTests) runs it on the debug binary.
test: deps
	$(SWIFT) build --product generate-manual
	$(SWIFT) test

# Long fuzz runs of the composer (random keys, pastes, resizes), of every gateway adapter
# (broken, huge and slow answers from the sandbox) and of every file reader (broken configs,
# themes, token files and saved drafts, read by the real binary), from a random seed that is
# printed first.
# Replay a failure with `make fuzz SEED=<seed>`; SCALE multiplies the length of the CI runs.
SCALE ?= 10
fuzz: deps
	@seed="$(SEED)"; [ -n "$$seed" ] || seed=$$(od -An -N8 -tu8 /dev/urandom | tr -d ' '); \
	echo "fuzz seed $$seed (replay with: make fuzz SEED=$$seed)"; \
	FUZZ_SEED=$$seed FUZZ_SCALE=$(SCALE) $(SWIFT) test --filter 'ComposerFuzzTests|GatewayFuzzTests|FileReaderFuzzTests|TOMLInputTests'

# Release build, the Benchmarks/ package and every comparison; see BENCHMARKS.md.
bench:
	@SWIFT=$(SWIFT) ./Benchmarks/run-all.sh

# `make install [PREFIX=~/.local]`: the release binary with the Swift runtime linked in (it runs
# on a server without Swift), its themes, a man page and bash/zsh/fish completions. Every file
# written is listed in PREFIX/share/status-composer/install-manifest, which `make uninstall`
# reads to remove exactly those files (and the folders the install created, when empty).
# CONFIGURATION=debug BUILD=0 installs the binary already in .build/debug without building
# (the install test does that); the default is a release build.
PREFIX ?= $(HOME)/.local
CONFIGURATION ?= release
BUILD ?= 1
MANIFEST = $(PREFIX)/share/status-composer/install-manifest

install:
	@PREFIX="$(PREFIX)" CONFIGURATION="$(CONFIGURATION)" BUILD="$(BUILD)" SWIFT="$(SWIFT)" ./scripts/install.sh

uninstall:
	@MANIFEST="$(MANIFEST)" ./scripts/uninstall.sh

clean:
	rm -rf .build
