-- attack: one ".-b" over a subject just under 1 MiB with no b: O(n^2), about 5e11 steps in one string.find call (class B)
-- expect: E104
local s = string.rep("a", (1 << 20) - 1)
return string.find(s, ".-b")
