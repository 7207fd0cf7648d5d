-- attack: table.sort of 990,000 items (built by one string.byte call), over and over: one VM instruction, ~0.2 s of C each (class B)
-- expect: E104
local t = { string.byte(string.rep("\3\1\4\1\5\9\2\6\5\3\5\8\9\7\9", 66000), 1, -1) }
for i = 1, math.maxinteger do
  table.sort(t, nil)
  t[1] = 255 - (i % 200)
end
