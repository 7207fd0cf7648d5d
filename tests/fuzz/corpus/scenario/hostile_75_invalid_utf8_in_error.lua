-- attack: invalid UTF-8 inside a string literal (stray 0xFF, overlong, surrogate, 5-byte form, truncated sequence) that ends up in the error message (class E)
-- expect: E104
error("invalid UTF-8 in a string: ÿþ À¯ í € øˆ€€€ truncated â‚")
