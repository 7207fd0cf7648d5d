-- attack: use-after-free (still in 5.4.8): an all-weak table given a new metatable while the incremental GC is propagating (class C)
-- expect: E104
local keep = {}
for round = 1, 2000000 do
  local w = setmetatable({}, { __mode = "kv" })        -- all-weak
  w[{}] = {}
  keep[round % 64 + 1] = w
  local churn = { round, {}, {}, {} }                   -- keep the collector mid-propagation
  setmetatable(w, { __mode = "kv" })                    -- new metatable while w sits in a gray list
end
return "survived"
