#!/usr/bin/env bash
# tools/screenshots.sh: play the game under Xvfb and save PNGs of its screens.
#   tools/screenshots.sh                 every screen into docs/screenshots/, at 1280x720 and
#                                        3840x2160, and with high contrast and large text
#   tools/screenshots.sh --matrix [DIR]  the layout matrix into DIR (build/screenshots by default):
#       the screens where text crowds, at windows from 640x360 to 3840x2160, text from 100% to
#       200%, both fonts and both contrasts, named SCREEN-SIZE-SETTINGS.png. Look at every one.
#   ONLY=REGEX tools/screenshots.sh ...  only the pictures whose names match REGEX
# Needs: xvfb, imagemagick (apt-get install xvfb imagemagick); run ./setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
matrix=no
out=docs/screenshots
if [[ ${1:-} == --matrix ]]; then
  matrix=yes
  out=${2:-build/screenshots}
fi
mkdir -p "$out"
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
display=:$((77 + $$ % 100))
Xvfb "$display" -screen 0 3840x2160x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=$display

# shot NAME SIZE SETTINGS [heartlines arguments...]: a fresh player folder each time. SETTINGS
# is "default", "contrast" (high contrast at 140%) or a matrix cell such as t150-dyslexic-contrast.
shot() {
  local name=$1 size=$2 look=$3
  shift 3
  [[ $name-$size-$look =~ ${ONLY:-.} ]] || return 0
  local home="$work/home-$name-$size-$look"
  local settings="$home/.local/share/heartlines/settings.txt"
  mkdir -p "$(dirname "$settings")"
  # Instant text: a still cannot show the typewriter, and the keys need not wait for it.
  printf '# heartlines settings 1\ntext_speed = instant\n' >"$settings"
  case $look in
  contrast) printf 'high_contrast = yes\ntext_size = 140\n' >>"$settings" ;;
  t*)
    printf 'text_size = %s\n' "$(cut -d- -f1 <<<"${look#t}")" >>"$settings"
    [[ $look == *-dyslexic* ]] && printf 'dyslexic_font = yes\n' >>"$settings"
    [[ $look == *-contrast ]] && printf 'high_contrast = yes\n' >>"$settings"
    ;;
  esac
  HOME=$home timeout 60 ./build/release/heartlines "$@" --size "$size" --seed 1 \
    --screenshot "$work/shot.bmp"
  convert "$work/shot.bmp" "$out/$name-$size-$look.png"
}

plans=scripts/scenarios/cancelled_plans.lua
to_end=$(printf '1 %.0s' {1..60})
# From the start of a workshop on the fixture to its debrief after a rewind: two branches.
branches="Return Down 1 Return Return 1 Return Return Down Return Return 9 Return Return Return"
branches="$branches Return"

# The matrix: every window size meets each text size, each font and each contrast at least once,
# and the sizes named in issues (130% and 150% with the dyslexia font and high contrast).
matrix_cells() {
  for size in 640x360 1280x720 1920x1080 3840x2160; do
    for look in t100-noto-default t130-noto-contrast t150-dyslexic-contrast t200-dyslexic-default \
      t200-noto-contrast; do
      shot scene "$size" "$look" play "$plans" --keys "Return"
      shot scene-later "$size" "$look" play "$plans" --keys "Return 3 1"
      shot notes "$size" "$look" play "$plans"
      shot debrief "$size" "$look" play "$plans" --keys "Return $to_end"
    done
    # A workshop sets projector scale (high contrast, 150% or more) whatever the player's settings.
    for look in t100-noto-default t200-dyslexic-default; do
      shot workshop-notes "$size" "$look" workshop "$plans"
      shot workshop-pause "$size" "$look" workshop "$plans" --keys "Return Escape"
      shot workshop-vote "$size" "$look" workshop "$plans" --keys "Return 4 Down 1 1 Down 2"
      shot workshop-rewind "$size" "$look" workshop "$plans" --keys "Return 2 Return Return r"
      shot workshop-branches "$size" "$look" workshop tests/fixtures/valid.lua --keys "$branches End"
    done
  done
}

docs_set() {
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
      shot journal "$size" "$theme" play "$plans" \
        --keys "Return $to_end Escape Escape Down Down Return"
      shot together-handover "$size" "$theme" --keys "Down Return Return Return"
      shot together-reveal "$size" "$theme" \
        --keys "Down Return Down Down Return Return Return 1 Return 3"
      shot together-at-once "$size" "$theme" \
        --keys "Down Return Down Down Return Return Down Return 8"
      shot workshop-vote "$size" "$theme" workshop "$plans" --keys "Return 4 Down 1 1 Down 2"
      shot workshop-discuss "$size" "$theme" workshop tests/fixtures/valid.lua \
        --keys "Return 1 Return"
      shot workshop-branches "$size" "$theme" workshop tests/fixtures/valid.lua \
        --keys "$branches PageDown PageDown PageDown"
      shot workshop-keys "$size" "$theme" workshop "$plans" --keys "Return F1"
      shot error "$size" "$theme" play tests/check/e104_script_error.lua
      shot error-missing "$size" "$theme" play no_such_scenario.lua
      shot error-not-a-scenario "$size" "$theme" play fonts/NotoSans-Bold.ttf
      shot together-list "$size" "$theme" \
        --keys "Down Return Down Down Down Down Down Down Down Down Down"
    done
  done
  presenter_shot vote "$plans" --keys "Return 4 Down 1 1 Down 2"
  presenter_shot discuss tests/fixtures/valid.lua --keys "Return 1 Return"
  presenter_shot menu "$plans" --keys "Return Escape"
}

# The presenter view at 1280x720: the projector's window, and the facilitator's that
# --screenshot saves beside it (NAME-facilitator.bmp).
presenter_shot() {
  local name=$1
  shift
  shot "presenter-$name" 1280x720 default workshop --presenter "$@"
  convert "$work/shot-facilitator.bmp" "$out/presenter-$name-facilitator-1280x720-default.png"
}

if [[ $matrix == yes ]]; then matrix_cells; else docs_set; fi
ls -1 "$out"
