-- attack: an error inside the error handler: xpcall's message handler itself raises, again and again, so handling the first error means handling an error in error handling (class A/E: errors inside error handlers)
-- expect: E104
local function handler(message) error({ again = message }) end
local ok, result = xpcall(function() error("first") end, handler)
return tostring(ok) .. tostring(result)
