-- attack: table.move({}, 1, maxinteger - 1, 1, {}) passes every argument check and loops 2^63 times in C moving nils, allocating nothing (class B; only a gate can stop it)
-- expect: E104
table.move({}, 1, math.maxinteger - 1, 1, {})
error("table.move came back")
