# caretools -- small Unix filters that audit social-care case records.
# GNU make.  Quick start: `make demo`, `make check`.  See README.md, INSTALL.

PREFIX	= /usr/local
BINDIR	= $(PREFIX)/bin
MANDIR	= $(PREFIX)/share/man
LOCALEDIR = $(PREFIX)/share/locale
DESTDIR	=

CC	= cc
CFLAGS	= -O2 -g -flto=auto
WARN	= -std=c11 -Wall -Wextra -Wpedantic
WERROR	=
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib \
	   -DLOCALEDIR='"$(LOCALEDIR)"'
LDFLAGS	=
# Expanded when a recipe runs, after `deps` has had its chance to install.
LIBS	= -lcsv $(shell pkg-config --libs yaml-0.1 libsodium libseccomp) -lm \
	  -pthread
CHECK_CFLAGS = $(shell pkg-config --cflags check)
CHECK_LIBS = $(shell pkg-config --libs check)

BUILD	= build
TODAY	= 2026-11-22
DEMO	= testdata/demo

TOOLS	= deadline-watch plan-validate hours-check visit-compliance
LIB_SRC	= $(wildcard lib/*.c lib/rules/*.c lib/tools/*.c)
LIB_OBJ	= $(LIB_SRC:lib/%.c=$(BUILD)/lib/%.o) $(BUILD)/lib/profiles.o
LIBA	= $(BUILD)/libcaretools.a
BINS	= $(TOOLS:%=$(BUILD)/bin/%)
PROFILES = $(wildcard profiles/*.yaml)
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_OBJ = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/unit/%.o)
MAN1	= $(wildcard man/man1/*.1)
MAN5	= $(wildcard man/man5/*.5)
MAN7	= $(wildcard man/man7/*.7)
# Swedish and Danish messages: po/LANG.po, compiled to build/locale, which
# the tools find beside an uninstalled build/bin.
LINGUAS	= sv da
MO	= $(LINGUAS:%=$(BUILD)/locale/%/LC_MESSAGES/caretools.mo)
XGETTEXT_KEYS = --keyword=_ --keyword=F_ --keyword=N_ --keyword=FN_:1,2 \
	--keyword=NP_:1,2 --keyword=rule_find:7 --keyword=rule_find_unit:6 \
	--keyword=due_add:8 --keyword=diag_error:4 --keyword=diag_note:4 \
	--keyword=conv_error:4 --keyword=perr:4 --keyword=row_problem:2 \
	--keyword=row_err:2 --keyword=refuse:2 --keyword=doc_error:3 \
	--keyword=row_error:2 \
	--keyword=cli_usage_error:2 --keyword=say:2

SAN_FLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
	    -fno-sanitize-recover=all

ALL_CFLAGS = $(WARN) $(WERROR) $(CFLAGS)

.PHONY: all po deps check unit cli docs consistency lint-man crontest sanitize demo \
	install \
	uninstall \
	installcheck bench bench-instr bench-compare clean fuzz fuzz-replay tsan

all: $(BINS) $(MO)

$(BUILD)/locale/%/LC_MESSAGES/caretools.mo: po/%.po | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	msgfmt --check -o $@ $<

# The message catalogue's template, from the sources; `make po` merges it
# into each language (translators then fill in what is new).
po/caretools.pot: $(LIB_SRC) $(wildcard cmd/*.c)
	xgettext --from-code=UTF-8 --language=C --add-comments=TRANSLATORS: \
	    $(XGETTEXT_KEYS) --package-name=caretools \
	    --msgid-bugs-address= -o $@.tmp $(sort $(LIB_SRC) $(wildcard cmd/*.c))
	sed '/^"POT-Creation-Date:/d' $@.tmp > $@ && rm -f $@.tmp

po: po/caretools.pot
	for l in $(LINGUAS); do msgmerge -q -U --backup=none po/$$l.po \
	    po/caretools.pot; done

# Installs the Debian packages the build needs (root), or says how.
deps:
	sh scripts/deps.sh install

$(BUILD)/.deps-ok:
	@sh scripts/deps.sh ensure
	@mkdir -p $(BUILD)
	@touch $@

$(BUILD)/lib/%.o: lib/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/lib/profiles.c: $(PROFILES) scripts/embed.sh | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	sh scripts/embed.sh $(PROFILES) > $@.tmp && mv $@.tmp $@

$(BUILD)/lib/profiles.o: $(BUILD)/lib/profiles.c
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -c -o $@ $<

$(LIBA): $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(BUILD)/cmd/%.o: cmd/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/bin/%: $(BUILD)/cmd/%.o $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIBA) $(LIBS)

$(BUILD)/tests/unit/%.o: tests/unit/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) $(CHECK_CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/tests/unit-run: $(UNIT_OBJ) $(LIBA)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(UNIT_OBJ) $(LIBA) $(LIBS) \
	    $(CHECK_LIBS)

check: unit cli docs consistency

# Helpers the CLI tests put on PATH; never installed.
HELPERS	= $(BUILD)/tests/bin/no-seccomp

$(BUILD)/tests/bin/%: tests/helpers/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) $(LDFLAGS) -o $@ $< $(LIBS)

unit: $(BUILD)/tests/unit-run
	SUITES=tests/suites $(BUILD)/tests/unit-run

cli: $(BINS) $(MO) $(HELPERS)
	sh tests/cli/run.sh $(BUILD)/bin tests/cli

docs: $(BINS)
	sh tests/docs.sh $(BUILD)/bin

# hours-check's summary and findings agree over the demo and a generated
# year of timesheets.
consistency: $(BINS) $(MO) $(BUILD)/bench/gen-shifts
	sh tests/consistency.sh $(BUILD)

# The README's crontab under a real cron daemon, after make install, with
# the mail it sends: opt-in, as root on a machine it may change; not in CI.
crontest: $(BINS) $(MO)
	sh scripts/crontest.sh

# Every manual page renders without a warning under mandoc and groff.
lint-man:
	@st=0; for f in $(MAN1) $(MAN5) $(MAN7); do \
	    out=$$( { mandoc -Tlint -W warning $$f; \
	        groff -k -man -mandoc -Tutf8 -ww -z $$f; } 2>&1 ); \
	    if [ -n "$$out" ]; then echo "$$out"; st=1; fi; \
	done; [ $$st -eq 0 ] && echo "lint-man: $(words $(MAN1) $(MAN5) $(MAN7)) pages clean"

# The whole suite again under AddressSanitizer and UndefinedBehaviorSanitizer.
# LeakSanitizer cannot work in the sandbox (it traces the process at exit),
# so the tools run unsandboxed here but for the sandbox's own test, which
# turns it on and leak checking off.  AddressSanitizer reserves terabytes of
# address space, so tests that cap memory with ulimit -v skip the cap when
# CARETOOLS_TEST_SANITIZED is set.
sanitize:
	CARETOOLS_SANDBOX=off CARETOOLS_TEST_SANITIZED=1 $(MAKE) BUILD=$(BUILD)/san CFLAGS='$(SAN_FLAGS)' \
	    LDFLAGS='-fsanitize=address,undefined' check fuzz-replay

# The threads under ThreadSanitizer: the consistency checks, whose
# generated timesheet hours-check shares between two threads.
tsan:
	CARETOOLS_SANDBOX=off $(MAKE) BUILD=$(BUILD)/tsan \
	    CFLAGS='-O1 -g -fsanitize=thread' LDFLAGS='-fsanitize=thread' \
	    consistency

# Fuzzing.  `make fuzz` builds each target with libFuzzer (clang) under
# ASan and UBSan and runs it for FUZZ_SECONDS, from the committed corpus
# and seeds made from the repository's own inputs; a crash stops it and
# leaves the input in $(BUILD)/fuzz/crashes.  `make fuzz-replay` runs the
# committed corpus (every input that ever crashed or hung, and a minimised
# set of the rest) through gcc's sanitizers, with no clang; `make sanitize`
# includes it.
FUZZ_TARGETS = csv csvscan yaml cases shifts visits
FUZZ_SECONDS = 60
FUZZ_CC	= clang
FUZZ_FLAGS = -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined \
	     -fno-sanitize-recover=all
FUZZ_DIR = $(BUILD)/fuzz
FUZZ_OBJ = $(LIB_SRC:lib/%.c=$(FUZZ_DIR)/lib/%.o) $(FUZZ_DIR)/lib/profiles.o \
	   $(FUZZ_DIR)/common.o

$(FUZZ_DIR)/lib/%.o: lib/%.c | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(CPPFLAGS) \
	    -c -o $@ $<

$(FUZZ_DIR)/lib/profiles.o: $(BUILD)/lib/profiles.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(CPPFLAGS) \
	    -c -o $@ $<

$(FUZZ_DIR)/common.o: tests/fuzz/common.c tests/fuzz/fuzz.h
	@mkdir -p $(@D)
	$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link $(CPPFLAGS) \
	    -c -o $@ tests/fuzz/common.c

$(FUZZ_DIR)/fuzz-%: tests/fuzz/fuzz_%.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) -fsanitize=fuzzer $(CPPFLAGS) -o $@ \
	    $< $(FUZZ_OBJ) $(LIBS)

fuzz: $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz-%)
	@for t in $(FUZZ_TARGETS); do \
	    rm -rf $(FUZZ_DIR)/seeds/$$t; \
	    sh tests/fuzz/seeds.sh $$t $(FUZZ_DIR)/seeds/$$t || exit 1; \
	    mkdir -p $(FUZZ_DIR)/work/$$t $(FUZZ_DIR)/crashes/$$t; \
	    dirs=; \
	    for d in tests/fuzz/corpus/$$t tests/fuzz/regress/$$t; do \
	        [ ! -d $$d ] || dirs="$$dirs $$d"; \
	    done; \
	    echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	    $(FUZZ_DIR)/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) \
	        -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
	        -print_final_stats=1 \
	        -artifact_prefix=$(FUZZ_DIR)/crashes/$$t/ \
	        $(FUZZ_DIR)/work/$$t $$dirs $(FUZZ_DIR)/seeds/$$t \
	        2> $(FUZZ_DIR)/$$t.log || \
	        { tail -40 $(FUZZ_DIR)/$$t.log; exit 1; }; \
	    grep -E '^stat::number_of_executed_units|^Done' \
	        $(FUZZ_DIR)/$$t.log; \
	done

$(BUILD)/tests/fuzz/%.o: tests/fuzz/%.c tests/fuzz/fuzz.h | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -c -o $@ $<

$(BUILD)/tests/fuzz/replay-%: $(BUILD)/tests/fuzz/fuzz_%.o \
    $(BUILD)/tests/fuzz/common.o $(BUILD)/tests/fuzz/driver.o $(LIBA)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

fuzz-replay: $(FUZZ_TARGETS:%=$(BUILD)/tests/fuzz/replay-%)
	@for t in $(FUZZ_TARGETS); do \
	    n=$$(find tests/fuzz/corpus/$$t tests/fuzz/regress/$$t -type f \
	        ! -name README 2>/dev/null | wc -l); \
	    find tests/fuzz/corpus/$$t tests/fuzz/regress/$$t -type f \
	        ! -name README 2>/dev/null | xargs -r \
	        $(BUILD)/tests/fuzz/replay-$$t || exit 1; \
	    echo "fuzz-replay: $$t: $$n inputs"; \
	done

DEMO_FILES = $(wildcard $(DEMO)/cases/*.yaml) $(wildcard $(DEMO)/tables/*.csv)
DEMO_CASES = -p $(DEMO)/unit-profile.yaml $(DEMO_FILES)
DEMO_C	= -p $(DEMO)/unit-profile.yaml $(DEMO_FILES:%=-c %)

# Each tool on the demo unit; exit status 1 (findings) is the point here.
demo: $(BINS)
	@for t in deadline-watch plan-validate; do \
	    echo; echo "$$ $$t --today $(TODAY) $(DEMO_CASES)"; \
	    $(BUILD)/bin/$$t --today $(TODAY) $(DEMO_CASES); \
	    test $$? -le 1 || exit 1; \
	done
	@echo; echo "$$ hours-check --today $(TODAY) -l warning $(DEMO_C) --staff $(DEMO)/roster.csv $(DEMO)/shifts.csv"
	@$(BUILD)/bin/hours-check --today $(TODAY) -l warning $(DEMO_C) \
	    --staff $(DEMO)/roster.csv $(DEMO)/shifts.csv; test $$? -le 1
	@echo; echo "$$ visit-compliance $(DEMO_C) $(DEMO)/visits.csv"
	@$(BUILD)/bin/visit-compliance $(DEMO_C) $(DEMO)/visits.csv; \
	    test $$? -le 1
	@echo; echo "$$ visit-compliance -s $(DEMO_C) $(DEMO)/visits.csv"
	@$(BUILD)/bin/visit-compliance -s $(DEMO_C) $(DEMO)/visits.csv; \
	    test $$? -le 1

install: $(BINS) $(MO)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(BINS) $(DESTDIR)$(BINDIR)
	install -m 644 $(MAN1) $(DESTDIR)$(MANDIR)/man1
	install -m 644 $(MAN5) $(DESTDIR)$(MANDIR)/man5
	install -m 644 $(MAN7) $(DESTDIR)$(MANDIR)/man7
	if [ -z "$(DESTDIR)" ]; then \
	    if command -v makewhatis >/dev/null 2>&1; then \
	        makewhatis $(MANDIR); \
	    elif command -v mandb >/dev/null 2>&1; then \
	        mandb -q 2>/dev/null || true; \
	    fi; \
	fi
	for l in $(LINGUAS); do \
	    install -d $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES && \
	    install -m 644 $(BUILD)/locale/$$l/LC_MESSAGES/caretools.mo \
	    $(DESTDIR)$(LOCALEDIR)/$$l/LC_MESSAGES/caretools.mo || exit 1; \
	done

uninstall:
	rm -f $(TOOLS:%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(MAN1:man/man1/%=$(DESTDIR)$(MANDIR)/man1/%)
	rm -f $(MAN5:man/man5/%=$(DESTDIR)$(MANDIR)/man5/%)
	rm -f $(MAN7:man/man7/%=$(DESTDIR)$(MANDIR)/man7/%)
	rm -f $(LINGUAS:%=$(DESTDIR)$(LOCALEDIR)/%/LC_MESSAGES/caretools.mo)

# Speed against the floor, datamash and Miller: bench/run.sh.  Not part of
# check: timing belongs here, never in tests.
$(BUILD)/bench/gen-shifts: bench/gen-shifts.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -o $@ bench/gen-shifts.c $(LIBA) $(LIBS)

$(BUILD)/bench/gen-visits: bench/gen-visits.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -o $@ bench/gen-visits.c $(LIBA) $(LIBS)

$(BUILD)/bench/csvparse: bench/csvparse.c | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -o $@ bench/csvparse.c -lcsv

$(BUILD)/bench/readparse: bench/readparse.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -o $@ bench/readparse.c $(LIBA) $(LIBS)

$(BUILD)/bench/memsplit: bench/memsplit.c | $(BUILD)/.deps-ok
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CPPFLAGS) -o $@ bench/memsplit.c

BENCH_BINS = $(BUILD)/bench/gen-shifts $(BUILD)/bench/gen-visits \
	     $(BUILD)/bench/csvparse $(BUILD)/bench/readparse \
	     $(BUILD)/bench/memsplit

bench: $(BINS) $(BENCH_BINS)
	sh bench/run.sh $(BUILD)/bin $(BUILD)/bench

# Instructions under callgrind on the 1 M files: bench/instr.sh.
bench-instr: $(BINS) $(BENCH_BINS)
	sh bench/instr.sh $(BUILD)/bin $(BUILD)/bench

# This tree against another revision (REV=...): bench/compare.sh.
bench-compare: $(BINS) $(BUILD)/bench/gen-shifts $(BUILD)/bench/gen-visits
	sh bench/compare.sh $(BUILD)/bin $(BUILD)/bench

# Installs into a scratch DESTDIR, runs what was installed, uninstalls.
installcheck: $(BINS)
	@d=$$(mktemp -d) && \
	$(MAKE) -s install DESTDIR=$$d PREFIX=/usr && \
	for t in $(TOOLS); do $$d/usr/bin/$$t --version || exit 1; done && \
	test -f $$d/usr/share/man/man7/caretools.7 && \
	$(MAKE) -s uninstall DESTDIR=$$d PREFIX=/usr && \
	test -z "$$(find $$d -type f)" && rm -rf $$d && \
	echo "installcheck: installed and uninstalled under DESTDIR"

clean:
	rm -rf $(BUILD)

-include $(wildcard $(BUILD)/lib/*.d $(BUILD)/lib/*/*.d $(BUILD)/cmd/*.d \
	    $(BUILD)/tests/unit/*.d)
