-- attack: string.rep("", math.maxinteger) allocates nothing but loops 2^63 times in C, one VM instruction; a gate on output size alone lets it through (class B)
-- expect: E104
return string.rep("", math.maxinteger)
