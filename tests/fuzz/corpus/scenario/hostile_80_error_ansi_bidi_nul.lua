-- attack: hostile error message: ANSI escapes (clear screen, colours, title), bidi controls, a NUL, BEL/backspaces and a fake second diagnostic line (class E)
-- expect: E104
error("\27[2J\27[H\27]0;pwned\7\27[31mALL SAVES DELETED\27[0m "
  .. "\u{202E}txt.exe\u{202C} \u{2066}hidden\u{2069} \u{200B}"
  .. " before NUL\0after NUL \8\8\8\8 \r"
  .. "\nscenarios/ok.lua:1: W303: everything is fine")
