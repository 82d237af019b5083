#!/bin/sh
# Container entrypoint: fetch the translation models named in PREFETCH_LANGS (those already on the volume are
# skipped), then run `attribot <command>`. A failed fetch is reported, not fatal: the bot still serves every
# other language, and a missing model is fetched again on first use unless ATTRIBOT_OFFLINE is set.
set -eu

if [ -n "${PREFETCH_LANGS:-}" ]; then
    # shellcheck disable=SC2086 # one argument per language code
    attribot models fetch $PREFETCH_LANGS \
        || echo "attribot-entrypoint: fetching models for '$PREFETCH_LANGS' failed; continuing" >&2
fi

exec attribot "$@"
