-- attack: setmetatable on a shared library table: give `string` an __index that hands out anything asked for, so every string method lookup (and later scenarios sharing the table) is hijacked (setmetatable on shared tables)
-- expect: E104
setmetatable(string, { __index = function(_, name) return function() return "hijacked " .. name end end })
return ("x"):anything()
