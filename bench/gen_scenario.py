#!/usr/bin/env python3
"""gen_scenario.py: writes a scenario of N nodes for the headless benchmarks (bench/run.sh).

Usage: python3 bench/gen_scenario.py NODES > big.lua

The story is a long chain of scenes, each with one or two lines of realistic length (sometimes a
line computed by a function), and three coached choices: a skilful one a step forward, a tempting
one two steps forward, and one to an ending that a `when` condition opens only while trust is
high. Effects move trust and tension in steps of 10 inside clamped ranges, so each node is reached
in a handful of states and `check` can walk every state: its cost grows with N, not faster.
One ending for every twenty nodes. The same N always gives the same file.
"""
import random
import sys

WORDS = ("I you we it that this just know think feel said told really never always maybe still "
         "tonight tomorrow work home dinner call time again sorry okay fine tired late week "
         "weekend plan plans meeting friend family thing things matter mattered wanted needed "
         "asked heard listen listening hard easy long day morning message phone kitchen table "
         "coffee walk left right back there here about because when before after while").split()
SKILLS = ("reflect validate open_question be_present gentle_startup i_statement name_need "
          "clear_request be_vulnerable honest turn_toward appreciate curious support pause "
          "take_responsibility repair patience respect_boundary accept_influence give_space").split()
PITFALLS = ("minimise fix_too_soon interrupt distracted hijack criticism always_never demand avoid "
            "turn_away defensive escalate stonewall pressure guilt_trip mind_read").split()
NEEDS = "heard space help reassurance honesty".split()


def sentence(rng, low, high):
    """Words up to a length drawn from [low, high], as one sentence."""
    target = rng.randint(low, high)
    words = []
    while sum(len(w) + 1 for w in words) < target:
        words.append(rng.choice(WORDS))
    text = " ".join(words)
    return text[0].upper() + text[1:] + rng.choice(".?!")


def lua_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def target(index, regular, endings):
    """Node `index` of the chain, or an ending once the chain has run out."""
    return f"n{index}" if index < regular else f"e{index % endings}"


def node(rng, k, regular, endings):
    lines = [f'    node "n{k}" {{', f'      need = "{NEEDS[k % len(NEEDS)]}",']
    if k % 7 == 3:
        calm, tense = sentence(rng, 60, 140), sentence(rng, 60, 140)
        lines.append(f"      say.sam(function(s) if s.tension >= 40 then return {lua_string(tense)} end "
                     f"return {lua_string(calm)} end),")
    else:
        lines.append(f"      say.sam {lua_string(sentence(rng, 80, 220))},")
    if k % 3 == 0:
        lines.append(f"      narrate {lua_string(sentence(rng, 50, 120))},")
    choices = [
        (target(k + 1, regular, endings), "trust = 10, tension = -10", f'skills = {{ "{rng.choice(SKILLS)}" }}', ""),
        (target(k + 2, regular, endings), "trust = -10, tension = 10", f'pitfalls = {{ "{rng.choice(PITFALLS)}" }}', ""),
        (f"e{k % endings}", "trust = 10", f'skills = {{ "{rng.choice(SKILLS)}" }}',
         " when = function(s) return s.trust >= 70 end,"),
    ]
    for to, effects, tags, when in choices:
        lines.append(f"      choice {{ {lua_string(sentence(rng, 20, 70))}, to = \"{to}\", {effects}, {tags},{when}")
        lines.append(f"               coach = {lua_string(sentence(rng, 50, 110))} }},")
    lines.append("    },")
    return "\n".join(lines)


def ending(rng, e):
    return "\n".join([
        f'    ending "e{e}" {{',
        f"      title = {lua_string(sentence(rng, 10, 30))},",
        f"      summary = {lua_string(sentence(rng, 60, 120))},",
        f"      narrate {lua_string(sentence(rng, 60, 160))},",
        "    },",
    ])


def main():
    count = int(sys.argv[1])
    rng = random.Random(count)
    endings = max(2, count // 20)
    regular = count - endings
    out = sys.stdout
    out.write(f"-- A generated scenario of {count} nodes (bench/gen_scenario.py {count}).\n")
    out.write("return scenario {\n")
    out.write(f'  id = "bench-{count}", title = "Benchmark, {count} nodes", minutes = {count // 4},\n')
    out.write('  cast = { sam = "Sam" },\n')
    out.write('  state = { trust = { 50, min = 20, max = 80 }, tension = { 30, min = 0, max = 60, better = "lower" } },\n')
    out.write('  start = "n0",\n  nodes = {\n')
    for k in range(regular):
        out.write(node(rng, k, regular, endings) + "\n")
    for e in range(endings):
        out.write(ending(rng, e) + "\n")
    out.write("  },\n}\n")


if __name__ == "__main__":
    main()
