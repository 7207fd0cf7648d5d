-- scenario_api.lua: the names a scenario file can call (see docs/scenario-api.md).
-- It runs inside each scenario's sandbox, before the scenario, and returns the API table. The
-- constructors only tag tables and remember the line they were written on; the engine reads
-- and checks everything else, so a writer's mistakes are reported in one place, with a code.
local host = ...
local caller_line, fail, setmetatable = host.caller_line, host.fail, host.setmetatable
local type = type

local function expect_table(form, value)
  if type(value) ~= "table" then
    fail(form .. " expects a table { ... } here, got " .. type(value))
  end
  return value
end

local function tagged(kind, value)
  value.__kind = kind
  value.__line = caller_line()
  return value
end

-- node "id" { ... } and ending "id" { ... }: the id first, then the body.
local function declaration(kind)
  return function(id)
    if type(id) ~= "string" then
      fail(kind .. ' expects a name in quotes first, as in ' .. kind .. ' "some_id" { ... }; got ' .. type(id))
    end
    local line = caller_line()
    return function(body)
      expect_table(kind .. ' "' .. id .. '"', body)
      body.__kind, body.__line, body.__id = kind, line, id
      return body
    end
  end
end

local function spoken(who, text)
  if type(text) ~= "string" and type(text) ~= "function" then
    fail("a line needs text in quotes or a function, got " .. type(text))
  end
  return { __kind = "line", __line = caller_line(), who = who, text = text }
end

local api = {
  node = declaration("node"),
  ending = declaration("ending"),
}

function api.scenario(body) return tagged("scenario", expect_table("scenario", body)) end
function api.choice(body) return tagged("choice", expect_table("choice", body)) end
function api.narrate(text) return spoken(nil, text) end
-- to = branch { { "node", when = function(s) ... end }, ..., "fallback" }: the first arm that holds.
function api.branch(body) return tagged("branch", expect_table("branch", body)) end
-- to = chance { went_well = 2, went_badly = 1 } or chance { "a", "b" }: drawn by weight, seeded.
function api.chance(body) return tagged("chance", expect_table("chance", body)) end

-- say.sam "text": the key names the speaker.
api.say = setmetatable({}, {
  __index = function(_, who)
    return function(text) return spoken(who, text) end
  end,
  __newindex = function() fail("say cannot be changed") end,
  __metatable = false,
})

return api
