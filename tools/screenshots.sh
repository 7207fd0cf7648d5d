#!/usr/bin/env bash
# tools/screenshots.sh: play the game under Xvfb and save a PNG of every screen into
# docs/screenshots/, at 1280x720 and 3840x2160, and with high contrast and large text.
# Needs: xvfb, imagemagick (apt-get install xvfb imagemagick); run ./setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
Xvfb :77 -screen 0 3840x2160x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=:77

# shot NAME SIZE THEME [heartlines arguments...]: a fresh player folder each time.
shot() {
  local name=$1 size=$2 theme=$3
  shift 3
  local home="$work/home-$name-$size-$theme"
  local settings="$home/.local/share/heartlines/settings.txt"
  mkdir -p "$(dirname "$settings")"
  # Instant text: a still cannot show the typewriter, and the keys need not wait for it.
  printf '# heartlines settings 1\ntext_speed = instant\n' >"$settings"
  if [[ $theme == contrast ]]; then printf 'high_contrast = yes\ntext_size = 140\n' >>"$settings"; fi
  HOME=$home timeout 60 ./build/release/heartlines "$@" --size "$size" --seed 1 --screenshot "$work/shot.bmp"
  convert "$work/shot.bmp" "$out/$name-$size-$theme.png"
}

plans=scripts/scenarios/cancelled_plans.lua
to_end=$(printf '1 %.0s' {1..60})
for size in 1280x720 3840x2160; do
  for theme in default contrast; do
    [[ $size == 3840x2160 && $theme == contrast ]] && continue
    shot title "$size" "$theme"
    shot list "$size" "$theme" --keys "Return"
    shot notes "$size" "$theme" play "$plans"
    shot scene "$size" "$theme" play "$plans" --keys "Return"
    shot coaching "$size" "$theme" play "$plans" --keys "Return 3"
    shot scene-actions "$size" "$theme" play "$plans" --keys "Return 2 3"   # stage directions
    shot pause "$size" "$theme" play "$plans" --keys "Return Escape"
    shot debrief "$size" "$theme" play "$plans" --keys "Return $to_end"
    shot settings "$size" "$theme" --keys "Down Down Down Return"
    shot help "$size" "$theme" --keys "Down Down Down Down Return"
    shot journal "$size" "$theme" play "$plans" --keys "Return $to_end Escape Escape Down Down Return"
    shot together-handover "$size" "$theme" --keys "Down Return Return Return"
    shot together-reveal "$size" "$theme" --keys "Down Return Down Down Return Return Return 1 Return 3"
    shot together-at-once "$size" "$theme" --keys "Down Return Down Down Return Return Down Return 8"
    shot workshop-vote "$size" "$theme" workshop "$plans" --keys "Return 4 Down 1 1 Down 2"
    shot workshop-discuss "$size" "$theme" workshop tests/fixtures/valid.lua --keys "Return 1 Return"
    shot workshop-branches "$size" "$theme" workshop tests/fixtures/valid.lua \
      --keys "Return Down 1 Return Return 1 Return Return Down Return Return 9 Return Return Return Return PageDown PageDown PageDown"
    shot workshop-keys "$size" "$theme" workshop "$plans" --keys "Return F1"
    shot error "$size" "$theme" play tests/check/e104_script_error.lua
    shot error-missing "$size" "$theme" play no_such_scenario.lua
    shot error-not-a-scenario "$size" "$theme" play fonts/NotoSans-Bold.ttf
    shot together-list "$size" "$theme" --keys "Down Return Down Down Down Down Down Down Down Down Down"
  done
done
ls -1 "$out"
