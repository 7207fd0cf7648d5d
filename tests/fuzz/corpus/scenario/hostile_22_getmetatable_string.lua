-- attack: getmetatable("").__index is the string library the host really opened, with dump/pack still in it (escape route: getmetatable("").__index)
-- expect: E104
local real = getmetatable("").__index
return real.dump(function() os.execute("touch hl_pwned") end)
