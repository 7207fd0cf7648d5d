-- attack: string.rep("x", 1e6, ",") over and over: 2 MB per call, a million C iterations per VM instruction (class B; rep gate counts the separator)
-- expect: E104
local parts = {}
for i = 1, math.maxinteger do
  parts[i] = string.rep("x", 1e6, ",")
end
