# ttg: PostgreSQL extension (PGXS). See README.md for the two commands.
EXTENSION = ttg
EXTVERSION = $(shell grep default_version $(EXTENSION).control | sed -e "s/default_version[[:space:]]*=[[:space:]]*'\([^']*\)'/\1/")

MODULE_big = ttg
CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)
SHLIB_LINK += -lcsv
# PostgreSQL's own headers are system headers: -Wextra checks our code, not theirs.
PG_CPPFLAGS += -isystem $(shell $(PG_CONFIG) --includedir-server)

# The install script is assembled from one SQL file per domain, in this order.
SQL_PARTS = sql/parts/vocab.sql sql/parts/calendar.sql sql/parts/calendar_links.sql sql/parts/local_data.sql sql/parts/contact.sql sql/parts/contact_history.sql sql/parts/contact_results.sql sql/parts/contact_loader.sql sql/parts/release.sql sql/parts/resettlement_lookup.sql sql/parts/travel.sql sql/parts/transit.sql sql/parts/upw.sql \
            sql/parts/match.sql sql/parts/reporting.sql sql/parts/bi.sql sql/parts/demo.sql
# Released versions' install scripts are frozen in git (sql/ttg--0.1.0.sql); an
# install of an older version, then ALTER EXTENSION ttg UPDATE, must reach the
# same objects as a fresh install (test/scripts/upgrade_check.sh compares them).
# Each upgrade script is assembled from sql/updates/A--B/*.sql in name order:
# one file per topic, NN_ prefixed; a wholly new domain is a symlink to its part.
UPGRADE_STEPS = 0.1.0--$(EXTVERSION)
UPGRADE_SCRIPTS = $(patsubst %,sql/$(EXTENSION)--%.sql,$(UPGRADE_STEPS))
DATA_built = sql/$(EXTENSION)--$(EXTVERSION).sql $(UPGRADE_SCRIPTS)
# Reference data shipped with the package (installed into SHAREDIR/extension).
DATA = data/ttg_resettlement_prisons.csv data/ttg_prisons.csv sql/$(EXTENSION)--0.1.0.sql

# Regression tests, by name (sql/ also holds the install script).
REGRESS = upgrade setup calendar calendar_local contact contact_evaluate contact_parallel release release_omic release_prisons \
          contact_rules contact_extract contact_incremental contact_risk travel transit transit_rail road_times upw match match_errors vocab_words \
          reporting release_model reporting_security reporting_types reporting_jit reporting_summary parallel errors reporting_drop \
          hardening calendar_cache local_data null_boundary entry_points model_checks
REGRESS_OPTS = --inputdir=.

EXTRA_CLEAN = sql/model_source.sql results regression.diffs regression.out test/unit/bin test/fuzz/bin test/random/bin

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# JIT inlines the bitcode installed beside the library. A build without it
# (make with_llvm=no) must not leave an earlier build's bitcode behind.
ifeq ($(with_llvm), no)
install: remove-stale-bitcode
.PHONY: remove-stale-bitcode
remove-stale-bitcode:
	rm -rf '$(DESTDIR)$(pkglibdir)/bitcode/$(MODULE_big)' '$(DESTDIR)$(pkglibdir)/bitcode/$(MODULE_big).index.bc'
endif

# The reporting model is plain SQL under sql/model/, shipped as rows of
# ttg.model_source at the end of the install and upgrade scripts; every upgrade
# ends by making the registered models' views again (sql/updates/attach_models.sql).
MODEL_SOURCES = sql/model/tables.sql sql/model/migrate.sql sql/model/security.sql $(sort $(wildcard sql/model/derived/*.sql))
sql/model_source.sql: $(MODEL_SOURCES) test/scripts/model_source.sh
	bash test/scripts/model_source.sh $(MODEL_SOURCES) > $@

sql/$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) sql/model_source.sql
	cat $^ > $@

.SECONDEXPANSION:
$(UPGRADE_SCRIPTS): sql/$(EXTENSION)--%.sql: $$(sort $$(wildcard sql/updates/%/*.sql)) sql/model_source.sql sql/updates/attach_models.sql
	cat $^ > $@

# ---- cmocka unit tests of the pure C core --------------------------------
UNIT_TESTS = $(patsubst test/unit/%.c,test/unit/bin/%,$(sort $(wildcard test/unit/test_*.c)))
UNIT_CFLAGS = -std=c99 -O1 -g -Wall -Wextra $(UNIT_EXTRA_CFLAGS) -Isrc/core

test/unit/bin/%: test/unit/%.c $(CORE_SRCS) $(wildcard src/core/*.h)
	@mkdir -p test/unit/bin
	$(CC) $(UNIT_CFLAGS) -o $@ $< $(CORE_SRCS) -lcmocka -lcsv -lm

.PHONY: unit unit-build
unit-build: $(UNIT_TESTS)
unit: unit-build
	@set -e; for t in $(UNIT_TESTS); do $$t; done

# ---- the randomised driver (test/random): every function of schema ttg, random arguments
RANDOM_BIN = test/random/bin/ttg_random
$(RANDOM_BIN): test/random/ttg_random.c
	@mkdir -p test/random/bin
	$(CC) -std=c99 -D_DEFAULT_SOURCE -O2 -g -Wall -Wextra $(RANDOM_EXTRA_CFLAGS) -I$(shell $(PG_CONFIG) --includedir) \
	  -o $@ $< -L$(shell $(PG_CONFIG) --libdir) -lpq
.PHONY: random
random: $(RANDOM_BIN)

# ---- ttg under AddressSanitizer and UBSan: the regression suite and the driver (by hand)
.PHONY: asan
asan:
	bash test/scripts/asan_check.sh

# ---- libFuzzer targets (by hand: make fuzz) --------------------------------
FUZZ_TARGETS = $(patsubst test/fuzz/%.c,test/fuzz/bin/%,$(sort $(wildcard test/fuzz/fuzz_*.c)))
test/fuzz/bin/%: test/fuzz/%.c $(CORE_SRCS)
	@mkdir -p test/fuzz/bin
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc/core -o $@ $< $(CORE_SRCS) -lcsv -lm
.PHONY: fuzz
fuzz: $(FUZZ_TARGETS)
