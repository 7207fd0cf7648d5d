-- attack: walk the upvalues of every reachable function (API constructors, require, ...) looking for a table that leads to os (escape route: debug)
-- expect: E104
local getupvalue = debug.getupvalue
local function hunt(f)
  for i = 1, 255 do
    local name, v = getupvalue(f, i)
    if name == nil then return false end
    if type(v) == "table" then
      local sys = rawget(v, "os") or (type(rawget(v, "loaded")) == "table" and rawget(v.loaded, "os"))
      if type(sys) == "table" and sys.execute then
        sys.execute("touch hl_pwned")
        return true
      end
    end
  end
  return false
end
for _, lib in ipairs({ _ENV, string, table, math, utf8 }) do
  for _, v in pairs(lib) do
    if type(v) == "function" and hunt(v) then return "debug.getupvalue found os" end
  end
end
return "debug.getupvalue worked"
