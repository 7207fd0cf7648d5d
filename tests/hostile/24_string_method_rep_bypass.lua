-- attack: call rep as a method, ("x"):rep(2^30), in case only the global string table has the size gate and the string metatable's __index is the ungated library (class B/D, gate bypass)
-- expect: E104
local s = ("x"):rep(1 << 30)
return #s
