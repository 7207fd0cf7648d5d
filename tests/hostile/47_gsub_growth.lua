-- attack: output amplification through gsub: every byte becomes 16, 16x growth per call, not covered by the rep/concat size gates (memory cap or a pattern-input gate)
-- expect: ANY
local s = string.rep("x", 1000)
while true do
  s = string.gsub(s, "x", "xxxxxxxxxxxxxxxx")
end
