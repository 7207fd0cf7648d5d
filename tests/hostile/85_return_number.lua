-- attack: the chunk returns a number instead of scenario { ... }
-- expect: E107
return 42
