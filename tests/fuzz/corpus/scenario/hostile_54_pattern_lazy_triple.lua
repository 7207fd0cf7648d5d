-- attack: backtracking pattern (.-)(.-)(.-)b over 5000 bytes with no b: O(n^4) steps inside one string.find call (class B)
-- expect: E104
local s = string.rep("a", 5000)
return string.find(s, "(.-)(.-)(.-)b")
