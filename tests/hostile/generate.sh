#!/bin/sh
# Regenerates the hostile files that are binary, machine-generated or hold raw bytes that an
# editor could silently "fix". Needs lua5.4 and luac5.4 (Debian 12: lua5.4). Writes only here.
set -eu
cd "$(dirname "$0")"

# 12: a precompiled chunk embedded in the source as an escaped string literal, for load(..., "b")
bytes=$(printf '%s\n' 'os.execute("touch hl_pwned")' | luac5.4 -s -o - - |
  lua5.4 -e 'io.write((io.read("a"):gsub(".", function(c) return ("\\%03d"):format(c:byte()) end)))')
{
  echo '-- attack: load() a precompiled chunk held in an escaped string literal, mode "b": bytecode without string.dump (escape route: load + bytecode)'
  echo '-- expect: E104'
  printf 'local chunk = "%s"\n' "$bytes"
  echo 'local f = load(chunk, "=bytecode", "b")'
  echo 'f()'
  echo 'return "binary load worked"'
} > 12_load_bytecode_string.lua

# 20: the whole file is a binary chunk. Binary chunks cannot start with comment lines, so the
# attack/expect lines live in a string constant (stored verbatim in the chunk; grep -a finds them).
luac5.4 -s -o 20_bytecode_file.lua - <<'EOF'
local _ = "\n-- attack: the whole file is a precompiled Lua 5.4 binary chunk (luac5.4 -o) that runs os.execute('touch hl_pwned') (escape route: bytecode, no binary chunks)\n-- expect: E103\n"
os.execute("touch hl_pwned")
return "binary chunk ran"
EOF

# 21: a '#' first line, then a binary chunk: luaL_loadfile skips the '#' line and then accepts
# bytecode, so a check that only looks at the first byte for "\27Lua" is fooled.
{
  echo '# -- attack: a "#" first line followed by a binary chunk; luaL_loadfile skips the line, then loads bytecode (escape route: bytecode)  -- expect: E103'
  luac5.4 -s -o - - <<'EOF'
local _ = "\n-- attack: '#' line, then a binary chunk (luaL_loadfile skips the first '#' line)\n-- expect: E103\n"
os.execute("touch hl_pwned")
return "binary chunk after # ran"
EOF
} > 21_bytecode_after_hash_line.lua

lua5.4 - <<'EOF'
local function write(name, ...)
  local f = assert(io.open(name, "wb"))
  f:write(...)
  f:close()
end
local N = 50000
write("68_nested_constructors_source.lua",
  "-- attack: 50,000 nested table constructors in the source: the parser recurses per level (C stack; \"C stack overflow\" with no line) (class D/E)\n",
  "-- expect: E103\n",
  "return ", ("{"):rep(N), ("}"):rep(N), "\n")
write("69_nested_parens_source.lua",
  "-- attack: 50,000 nested parentheses in one expression: the parser recurses per level (C stack; \"C stack overflow\" with no line) (class D/E)\n",
  "-- expect: E103\n",
  "local x = ", ("("):rep(N), "1", (")"):rep(N), "\nreturn x\n")
write("70_concat_chain_source.lua",
  "-- attack: a 20,000-term right-associative x..x..x chain: the parser recurses once per operator (C stack; \"C stack overflow\" with no line) (class D/E)\n",
  "-- expect: E103\n",
  "local x = \"a\"\nlocal s = x", ("..x"):rep(20000), "\nreturn s\n")

local valid = [[
return scenario {
  id = "hostile-nul",
  title = "NUL",
  cast = { sam = "Sam" },
  state = { trust = 50 },
  start = "kitchen",
  nodes = {
    node "kitchen" {
      need = "heard",
      say.sam "I'm so sorry. I can't make dinner tonight.",
      choice { "Oh no. What happened?", to = "quiet", trust = 5,
               skills = { "open_question" }, coach = "You asked before you judged." },
    },
    ending "quiet" {
      title = "A quiet evening",
      summary = "Sam stayed late at work and you ate alone.",
      narrate "You put the second plate back in the cupboard.",
    },
  },
}
]]
write("73_nul_byte.lua",
  "-- attack: a NUL byte in the middle of the source, after a complete scenario: Lua rejects it, but a host that reads the file as a C string sees only the valid part (malformed source)\n",
  "-- expect: E103\n",
  valid, "\0", "\nos.execute('touch hl_pwned')\n")
write("74_invalid_utf8_outside_string.lua",
  "-- attack: invalid UTF-8 bytes (0xFF 0xFE, overlong 0xC0 0xAF) in the code itself, outside any string: the syntax error quotes a raw byte (malformed source, class E)\n",
  "-- expect: E103\n",
  "local x = 1 \255\254 \192\175\nreturn x\n")
write("75_invalid_utf8_in_error.lua",
  "-- attack: invalid UTF-8 inside a string literal (stray 0xFF, overlong, surrogate, 5-byte form, truncated sequence) that ends up in the error message (class E)\n",
  "-- expect: E104\n",
  "error(\"invalid UTF-8 in a string: \255\254 \192\175 \237\160\128 \248\136\128\128\128 truncated \226\130\")\n")
write("76_one_mib_line.lua",
  "-- attack: one source line over 1 MiB long (a 1 MiB string literal) ending in an unknown global: line buffers, the size limit (E102) or the message (class D)\n",
  "-- expect: E104\n",
  "local s = \"", ("a"):rep(1 << 20), "\" .. no_such_global\n",
  "return s\n")
EOF
