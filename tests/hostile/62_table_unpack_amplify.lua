-- attack: table.unpack of 990,000 values in an endless loop: one VM instruction pushes a million stack slots (class B amplification; budget or a gate)
-- expect: ANY
local t = { string.byte(string.rep("\3\1\4\1\5\9\2\6\5\3\5\8\9\7\9", 66000), 1, -1) }
while true do
  table.unpack(t)
end
