-- attack: run (and so read) a file from disk with dofile; dofile() with no argument would block on stdin (escape route: dofile)
-- expect: E104
dofile("/dev/null")
return "dofile reached the file system"
