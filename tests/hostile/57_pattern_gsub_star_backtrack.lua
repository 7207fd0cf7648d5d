-- attack: greedy a*a*a*a*a*a*a*a*c over 3000 a's: combinatorial backtracking inside one string.gsub call (class B)
-- expect: E104
local s = string.rep("a", 3000)
return (string.gsub(s, "a*a*a*a*a*a*a*a*c", ""))
