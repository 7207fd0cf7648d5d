-- attack: memory bomb by string doubling, s = s .. s: 2^k bytes after k steps, a handful of VM instructions (memory cap)
-- expect: E106
local s = "heart"
while true do
  s = s .. s
end
