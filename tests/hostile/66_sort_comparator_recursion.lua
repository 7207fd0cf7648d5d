-- attack: C stack exhaustion through table.sort: the comparator sorts again, nesting C and Lua frames without end (class D)
-- expect: E104
local function cmp(a, b)
  table.sort({ 2, 1 }, cmp)
  return a < b
end
table.sort({ 2, 1 }, cmp)
