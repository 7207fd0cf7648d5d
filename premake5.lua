-- premake5.lua: the build. Works with premake5 (`premake5 gmake`) and with Debian's premake4
-- (`premake4 --file=premake5.lua gmake`); see docs/building.md. The body is written in premake5
-- style; the prologue below maps those names onto premake4's where the two differ.

if _PREMAKE_VERSION:sub(1, 1) == "4" then
  workspace = solution
  function filter(selector)
    if type(selector) == "string" then selector = selector:gsub("^configurations:", "") end
    configuration(selector)
  end
  -- Without this flag premake4 links with -s, stripping the symbols sanitizers report with.
  function symbols(value)
    if value == "On" then flags { "Symbols" } end
  end
end

newoption {
  trigger = "werror",
  description = "Treat warnings as errors (the test build and CI; never a user's build)",
}

-- The package that provides each library, for the message when one is missing.
local packages = {
  lua = { debian = "liblua5.4-dev", fedora = "lua-devel", arch = "lua" },
  sdl2 = { debian = "libsdl2-dev", fedora = "SDL2-devel", arch = "sdl2" },
  SDL2_ttf = { debian = "libsdl2-ttf-dev", fedora = "SDL2_ttf-devel", arch = "sdl2_ttf" },
  cmocka = { debian = "libcmocka-dev", fedora = "libcmocka-devel", arch = "cmocka" },
  libmicrohttpd = { debian = "libmicrohttpd-dev", fedora = "libmicrohttpd-devel",
                    arch = "libmicrohttpd" },
  libqrencode = { debian = "libqrencode-dev", fedora = "qrencode-devel", arch = "qrencode" },
  ["speech-dispatcher"] = { debian = "libspeechd-dev", fedora = "speech-dispatcher-devel",
                            arch = "speech-dispatcher" },
}

local function pkg_config(args)
  local handle = io.popen("pkg-config " .. args .. " 2>/dev/null")
  local output = handle:read("*a") or ""
  handle:close()
  return (output:gsub("%s+$", ""))
end

local function exists(name)
  return pkg_config("--exists " .. name .. " && echo found") == "found"
end

local function missing(what, name)
  local p = packages[what]
  print("premake5.lua: pkg-config cannot find " .. name .. ". Install it with:\n"
        .. "  Debian, Ubuntu: apt-get install " .. p.debian .. "\n"
        .. "  Fedora:         dnf install " .. p.fedora .. "\n"
        .. "  Arch:           pacman -S " .. p.arch .. "\n"
        .. "(on Debian 12, ./setup.sh installs everything)")
  os.exit(1)
end

-- Compiler flags, link names and other link flags (-L, -pthread) of an installed package.
local function flags_of(name)
  local links = {}
  for lib in pkg_config("--libs-only-l " .. name):gmatch("%-l(%S+)") do links[#links + 1] = lib end
  local other = pkg_config("--libs-only-L " .. name) .. " " .. pkg_config("--libs-only-other " .. name)
  return { cflags = pkg_config("--cflags " .. name), links = links, ldflags = other }
end

local function package(name)
  if _ACTION and not exists(name) then missing(name, "'" .. name .. "'") end
  return flags_of(name)
end

-- Distributions name Lua 5.4's pkg-config file differently; plain "lua" must be 5.4.
local function lua_package()
  for _, name in ipairs { "lua5.4", "lua-5.4", "lua54" } do
    if exists(name) then return flags_of(name) end
  end
  if exists("lua") and pkg_config("--modversion lua"):match("^5%.4") then return flags_of("lua") end
  if _ACTION then missing("lua", "Lua 5.4 (as lua5.4, lua-5.4, lua54 or lua at version 5.4)") end
  return { cflags = "", links = {}, ldflags = "" }
end

local lua = lua_package()
local sdl = package("sdl2")
local sdl_ttf = package("SDL2_ttf")
local microhttpd = package("libmicrohttpd")
local qrencode = package("libqrencode")
local speechd = package("speech-dispatcher")   -- self-voicing (engine/sdl/speech_dispatcher.c)
-- cmocka is needed only for the test binary: the game builds without it.
local cmocka = exists("cmocka") and flags_of("cmocka")
if _ACTION and not cmocka then
  print("premake5.lua: cmocka not found: building the game without its tests"
        .. " (apt-get install libcmocka-dev, dnf install libcmocka-devel, pacman -S cmocka)")
end

-- CFLAGS, CPPFLAGS and LDFLAGS from the environment reach the compiler: the generated makefiles
-- append to them (`make CFLAGS=...` on the command line would replace the build's own flags).
local warnings = { "-std=c11", "-Wall", "-Wextra", "-Wshadow", "-Wstrict-prototypes" }
if _OPTIONS["werror"] then warnings[#warnings + 1] = "-Werror" end

workspace "heartlines"
  configurations { "Debug", "Release" }
  location "build"
  language "C"
  defines { "_XOPEN_SOURCE=700" }
  buildoptions(warnings)

  filter "configurations:Debug"
    symbols "On"
    buildoptions { "-O1", "-fno-omit-frame-pointer", "-fsanitize=address,undefined",
                   "-fno-sanitize-recover=all" }
    linkoptions { "-fsanitize=address,undefined" }

  filter "configurations:Release"
    buildoptions { "-O2" }
    defines { "NDEBUG" }

-- Each configuration builds into its own folder: build/debug, build/release.
local function outputs(name)
  filter "configurations:Debug"
    targetdir "build/debug"
    objdir("build/obj/debug/" .. name)
  filter "configurations:Release"
    targetdir "build/release"
    objdir("build/obj/release/" .. name)
  filter {}
end

-- The core: plain C, neither SDL nor Lua.
project "heartlines_core"
  kind "StaticLib"
  files { "engine/core/*.c", "engine/core/*.h" }
  outputs("core")

-- The bridge: sandboxed Lua state and scenario loader.
project "heartlines_lua"
  kind "StaticLib"
  files { "engine/lua/*.c", "engine/lua/*.h" }
  buildoptions { lua.cflags }
  outputs("lua")

-- The room server: phones vote over the local network (libmicrohttpd, libqrencode). Its page is
-- assembled into the binary from engine/room/page with .incbin (see room_page.c), which reads the
-- files through the assembler's include path; the prebuild step recompiles room_page.c when a
-- page file is newer than its object, since the compiler's dependency list cannot name them.
project "heartlines_room"
  kind "StaticLib"
  files { "engine/room/*.c", "engine/room/*.h" }
  buildoptions { microhttpd.cflags, qrencode.cflags,
                 '-Wa,-I"' .. path.getabsolute("engine/room/page") .. '"' }
  prebuildcommands { "@for f in ../engine/room/page/*; do [ \"$$f\" -nt ../engine/room/room_page.c ] && "
                     .. "touch ../engine/room/room_page.c; done; true" }
  outputs("room")

-- The host: what every front end stands on (data folder, interface catalogue, loader options,
-- printing diagnostics).
project "heartlines_host"
  kind "StaticLib"
  files { "engine/host/*.c", "engine/host/*.h" }
  buildoptions { lua.cflags }
  outputs("host")

-- The front ends: the terminal, the window (SDL2 + SDL2_ttf) and the tools, siblings on the host.
project "heartlines_front"
  kind "StaticLib"
  files { "engine/*.h", "engine/text/*.c", "engine/sdl/*.c", "engine/tools/*.c" }
  buildoptions { lua.cflags, sdl.cflags, sdl_ttf.cflags, speechd.cflags }
  outputs("front")

-- What every program links after its own objects: the engine's layers, then the libraries.
local engine_links = { "heartlines_front", "heartlines_room", "heartlines_host", "heartlines_lua",
                       "heartlines_core", lua.links, sdl_ttf.links, sdl.links, microhttpd.links,
                       qrencode.links, speechd.links, "pthread", "m" }
local library_ldflags = { lua.ldflags, sdl_ttf.ldflags, sdl.ldflags, microhttpd.ldflags,
                          qrencode.ldflags, speechd.ldflags }

project "heartlines"
  kind "ConsoleApp"
  files { "engine/main.c" }
  buildoptions { lua.cflags, sdl.cflags }
  links(engine_links)
  linkoptions(library_ldflags)
  outputs("heartlines")

if cmocka then
  project "heartlines_tests"
    kind "ConsoleApp"
    files { "tests/unit/*.c", "tests/unit/*.h" }
    buildoptions { lua.cflags, sdl.cflags, sdl_ttf.cflags, cmocka.cflags }
    links(engine_links)
    links(cmocka.links)
    linkoptions(library_ldflags)
    linkoptions { cmocka.ldflags }
    outputs("tests")
end

-- bench/run.sh's headless timer: load, check and runtime throughput (see bench/README.md).
project "heartlines_bench"
  kind "ConsoleApp"
  files { "bench/*.c" }
  buildoptions { lua.cflags }
  links(engine_links)
  linkoptions(library_ldflags)
  outputs("bench")

-- bench/phones: the room's load test on loopback (see bench/README.md).
project "heartlines_phones_bench"
  kind "ConsoleApp"
  files { "bench/phones/*.c" }
  links { "heartlines_room", "heartlines_core", microhttpd.links, qrencode.links, "pthread", "m" }
  linkoptions { microhttpd.ldflags, qrencode.ldflags }
  outputs("phones_bench")
