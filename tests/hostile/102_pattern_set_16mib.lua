-- attack: a pattern with no repetition item but a set, over 16 MiB: the old gate counted only * + - ? and %b, so it let through ~16 million set matches in one C call (class B)
-- expect: E104
local mib = string.rep("a", 1 << 20)
local big = table.concat({mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib, mib})
string.find(big, "[%d%p%s%c%u]")
error("the set search came back")  -- it must be refused before it starts, not run for seconds
