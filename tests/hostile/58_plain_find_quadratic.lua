-- attack: plain find (no pattern at all) is O(n*m): a 512 KiB needle that fails on its last byte, tried at every offset of a 1 MiB haystack, ~3e11 byte compares in C (class B)
-- expect: E104
local haystack = string.rep("a", (1 << 20) - 1)
local needle = string.rep("a", 1 << 19) .. "b"
string.find(haystack, needle, 1, true)
error("plain find came back")      -- fine if the engine made plain find cheap; it must not take seconds
