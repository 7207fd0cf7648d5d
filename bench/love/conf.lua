-- conf.lua: LÖVE's window for the benchmark: the game's size, resizable, and no modules the
-- dialogue screen does not use (no audio, sound or physics), which only makes LÖVE lighter.
function love.conf(t)
  t.identity = "heartlines-bench"
  t.window.title = "Heartlines benchmark (LÖVE)"
  t.window.width = 1280
  t.window.height = 720
  t.window.resizable = true
  t.modules.audio = false
  t.modules.sound = false
  t.modules.physics = false
  t.modules.video = false
end
