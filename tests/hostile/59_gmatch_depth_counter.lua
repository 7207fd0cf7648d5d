-- attack: gmatch bug (every release to 5.5.0): after "pattern too complex" the iterator's depth counter is left at -1, so the next call recurses natively without limit (class C)
-- expect: E104
local subject = string.rep("a", 1000000)
local next_match = string.gmatch(subject, string.rep("a?", 1000000))
pcall(next_match)                 -- "pattern too complex": matchdepth is now -1
next_match()                      -- one C frame per "a?": C stack overflow
