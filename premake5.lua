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

-- Debian package that provides each pkg-config name, for the error message.
local debian_package = {
  ["lua5.4"] = "liblua5.4-dev",
  sdl2 = "libsdl2-dev",
  SDL2_ttf = "libsdl2-ttf-dev",
  cmocka = "libcmocka-dev",
}

local function pkg_config(args)
  local handle = io.popen("pkg-config " .. args .. " 2>/dev/null")
  local output = handle:read("*a") or ""
  handle:close()
  return (output:gsub("%s+$", ""))
end

-- Compiler flags and link names of a package, or a clear stop when it is missing.
local function package(name)
  if _ACTION and pkg_config("--exists " .. name .. " && echo found") ~= "found" then
    print("premake5.lua: pkg-config cannot find '" .. name .. "'. On Debian 12: apt-get install "
          .. debian_package[name] .. " (or run ./setup.sh, which installs everything).")
    os.exit(1)
  end
  local links = {}
  for lib in pkg_config("--libs-only-l " .. name):gmatch("%-l(%S+)") do links[#links + 1] = lib end
  return { cflags = pkg_config("--cflags " .. name), links = links }
end

local lua = package("lua5.4")
local sdl = package("sdl2")
local sdl_ttf = package("SDL2_ttf")
local cmocka = package("cmocka")

workspace "heartlines"
  configurations { "Debug", "Release" }
  location "build"
  language "C"
  defines { "_XOPEN_SOURCE=700" }
  buildoptions { "-std=c11", "-Wall", "-Wextra", "-Werror", "-Wshadow", "-Wstrict-prototypes" }

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
  buildoptions { lua.cflags, sdl.cflags, sdl_ttf.cflags }
  outputs("front")

project "heartlines"
  kind "ConsoleApp"
  files { "engine/main.c" }
  buildoptions { lua.cflags, sdl.cflags }
  links { "heartlines_front", "heartlines_host", "heartlines_lua", "heartlines_core", lua.links, sdl_ttf.links, sdl.links, "m" }
  outputs("heartlines")

project "heartlines_tests"
  kind "ConsoleApp"
  files { "tests/unit/*.c", "tests/unit/*.h" }
  buildoptions { lua.cflags, sdl.cflags, sdl_ttf.cflags, cmocka.cflags }
  links { "heartlines_front", "heartlines_host", "heartlines_lua", "heartlines_core", lua.links, sdl_ttf.links, sdl.links, cmocka.links, "m" }
  outputs("tests")

-- bench/run.sh's headless timer: load, check and runtime throughput (see bench/README.md).
project "heartlines_bench"
  kind "ConsoleApp"
  files { "bench/*.c" }
  buildoptions { lua.cflags }
  links { "heartlines_front", "heartlines_host", "heartlines_lua", "heartlines_core", lua.links, sdl_ttf.links, sdl.links, "m" }
  outputs("bench")
