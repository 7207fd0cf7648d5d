-- attack: an __eq metamethod that raises a table as its error: a plain `a == b` comparison, which no one expects to fail, throws a non-string error object out of the middle of an expression (metamethod that errors; errors that are tables)
-- expect: E104
local mt = { __eq = function() error({ code = 1, message = "\27[2Jboom" }) end }
local a, b = setmetatable({}, mt), setmetatable({}, mt)
return a == b and "equal" or "different"
