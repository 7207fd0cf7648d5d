-- attack: 5.4.4 use-after-free: near the memory cap, an emergency GC frees a weakly held __newindex table in the middle of an assignment through it (class C)
-- expect: E104
local mt = setmetatable({ __newindex = {} }, { __mode = "v" })   -- mt holds its __newindex only weakly
local proxy = setmetatable({}, mt)
local hog, chunk = {}, string.rep("x", 65536)
for i = 1, math.maxinteger do
  hog[i] = chunk .. i             -- climb to the cap so that allocations start failing
  proxy[i] = i                    -- the insert into __newindex allocates; the emergency GC frees it mid-assignment
  if mt.__newindex == nil then mt.__newindex = {} end
end
