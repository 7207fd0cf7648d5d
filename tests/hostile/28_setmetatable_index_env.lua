-- attack: take the unknown-global guard off _ENV and reach what its __index hides (setmetatable/getmetatable __index trick)
-- expect: E104
local guard = getmetatable(_ENV)
setmetatable(_ENV, { __index = function(_, name) return name end })
return guard and guard.__index or "setmetatable(_ENV) worked"
