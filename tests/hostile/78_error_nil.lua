-- attack: hostile error object: error(nil), an error with no message at all (class E)
-- expect: E104
error(nil)
