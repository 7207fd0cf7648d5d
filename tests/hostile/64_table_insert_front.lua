-- attack: table.insert(t, 1, v) on a 990,000-item list shifts every element in C; endless loop of O(n) calls (class B amplification; budget or a gate)
-- expect: ANY
local t = { string.byte(string.rep("\3\1\4\1\5\9\2\6\5\3\5\8\9\7\9", 66000), 1, -1) }
while true do
  table.insert(t, 1, 0)
end
