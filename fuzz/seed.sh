#!/bin/sh
# Seeds each target's corpus from the sample quizzes and the test fixtures.
# Run from the fuzz directory: ./seed.sh
set -e
cd "$(dirname "$0")"
seed() {
    target=$1
    shift
    mkdir -p "corpus/$target"
    for f in "$@"; do
        if [ -f "$f" ]; then cp "$f" "corpus/$target/"; fi
    done
}
seed native_toml ../quizzes/*.toml ../tests/fixtures/import/*.toml ../tests/fixtures/one_bad/*.toml
seed native_json ../tests/fixtures/import/solar.json ../tests/fixtures/one_bad/*.json ../tests/fixtures/broken/*.json
seed csv ../tests/fixtures/import/*.csv ../tests/fixtures/one_bad/*.csv
seed kahoot_xlsx ../tests/fixtures/import/*.xlsx ../tests/fixtures/broken/*.xlsx
seed bundle ../tests/fixtures/import/*.zip
seed gift ../tests/fixtures/import/*.gift ../tests/fixtures/one_bad/*.gift ../tests/fixtures/broken/*.gift
seed aiken ../tests/fixtures/import/*.aiken ../tests/fixtures/one_bad/*.aiken ../tests/fixtures/broken/*.aiken
seed moodle_xml ../tests/fixtures/import/*.xml
seed opentdb ../tests/fixtures/import/opentdb_*.json
seed rahoot ../tests/fixtures/import/rahoot.json
