-- attack: kill the whole engine process from a scenario with os.exit (escape route: os)
-- expect: E104
os.exit(0, true)
