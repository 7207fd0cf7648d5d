-- attack: a to-be-closed variable whose __close never returns, run when the block exits (setmetatable with __close; class A)
-- expect: E104
do
  local guard <close> = setmetatable({}, { __close = function() while true do end end })
end
