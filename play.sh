#!/usr/bin/env bash
# play.sh: set everything up (./setup.sh), then start Heartlines. Arguments go to the game.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
exec ./build/release/heartlines "$@"
