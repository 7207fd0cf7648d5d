-- attack: gsub with a frontier and a back-reference, no repetition item, over 16 MiB (class B)
-- expect: E104
local mib = string.rep("ab", 1 << 19)
local big = table.concat({mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib})
string.gsub(big, "%f[%a](a)%1", "x")
error("the gsub came back")
