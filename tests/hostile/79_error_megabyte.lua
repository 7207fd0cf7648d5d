-- attack: hostile error object: a one-megabyte error message that would flood a terminal, log or dialog (class E)
-- expect: E104
error(string.rep("A", 1 << 20))
