-- attack: the same backtracking pattern through the gmatch iterator, which retries it at every start position (class B)
-- expect: E104
local s = string.rep("a", 5000)
for a, b, c in string.gmatch(s, "(.-)(.-)(.-)b") do
  return a .. b .. c
end
