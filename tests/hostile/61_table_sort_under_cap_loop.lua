-- attack: table.sort of 99,000 items, just under the 100,000 gate, in an endless loop: every call is allowed, only the time budget can stop it (class B)
-- expect: E105
local t = { string.byte(string.rep("\3\1\4\1\5\9\2\6\5\3\5\8\9\7\9", 6600), 1, -1) }
while true do
  table.sort(t)
  t[1] = 200
end
