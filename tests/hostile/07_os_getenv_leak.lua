-- attack: read the environment (HOME, tokens, paths) with os.getenv and return it (escape route: os)
-- expect: E104
return os.getenv("HOME") or "os.getenv worked"
