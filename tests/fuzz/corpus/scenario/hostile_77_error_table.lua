-- attack: hostile error object: error({}) gives the host a table, not a message; no position is added (class E)
-- expect: E104
error({})
