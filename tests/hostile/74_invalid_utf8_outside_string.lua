-- attack: invalid UTF-8 bytes (0xFF 0xFE, overlong 0xC0 0xAF) in the code itself, outside any string: the syntax error quotes a raw byte (malformed source, class E)
-- expect: E103
local x = 1 ÿþ À¯
return x
