-- attack: memory bomb through string.format("%s%s%s%s", s, s, s, s): 4x growth per call, not covered by the rep/concat size gates (memory cap)
-- expect: E106
local s = string.rep("x", 1000)
while true do
  s = string.format("%s%s%s%s", s, s, s, s)
end
