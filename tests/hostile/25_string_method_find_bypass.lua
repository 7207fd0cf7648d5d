-- attack: exponential pattern through the method form s:find(...), in case only string.find is gated (class B, gate bypass via string metatable)
-- expect: E104
local s = ("a"):rep(5000)
return s:find("(.-)(.-)(.-)b")
