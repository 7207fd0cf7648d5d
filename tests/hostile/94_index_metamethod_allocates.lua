-- attack: an __index metamethod that allocates: every missing-key read builds a fresh 1 MiB string and keeps it, so a plain loop of table reads grows memory without one visible allocation (metamethod that allocates; memory cap)
-- expect: E104
local kept = {}
local t = setmetatable({}, { __index = function(_, k)
  local s = ("x"):rep(1 << 20) .. k
  kept[#kept + 1] = s
  return s
end })
for i = 1, 1e9 do local _ = t[i] end
return #kept
