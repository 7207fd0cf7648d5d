-- attack: string.rep("x", 2^30): one call asks for a gigabyte; repeated to hold many of them (memory bomb; rep gate)
-- expect: E104
local hold = {}
for i = 1, 64 do
  hold[i] = string.rep("x", 1 << 30)
end
return #hold
