-- main.lua: the benchmark's dialogue screen in LÖVE 11.4, the same as bench/dialogue.lua shows in
-- Heartlines: a heading, a speaker, a wrapped paragraph and three choices, in Noto Sans at the
-- game's sizes and colours, over the same gradient. It keeps LÖVE's default loop (love.run).
-- Usage: love bench/love FONT_DIR [--frames N]   (--frames: quit after N presented frames)

local speech = "The Henderson review's been moved to nine tomorrow, and they want changes, and Priya's off, "
  .. "and I can't do tonight. I'm so sorry. I know it's Marisol, and I know it's the third time "
  .. "this month, and I know you ironed a shirt for it."
local choices = { "Seriously? Again?", "No worries! Honestly, go. It's fine!", "Ugh. Gutted. What happened?" }

local fonts, gradient
local frames, quit_after = 0, nil

local function rgb(r, g, b, a) return { r / 255, g / 255, b / 255, (a or 255) / 255 } end
local colour = {
  text = rgb(240, 236, 228), dim = rgb(196, 190, 182), speaker = rgb(255, 204, 150),
  panel = rgb(28, 30, 38, 215), edge = rgb(92, 88, 96), focus = rgb(255, 214, 160),
}

-- LÖVE reads fonts only from its own folders: hand it the bytes of the game's font files.
local function load_font(dir, file, size)
  local handle = assert(io.open(dir .. "/" .. file, "rb"))
  local bytes = handle:read("a")
  handle:close()
  return love.graphics.newFont(love.filesystem.newFileData(bytes, file), size)
end

-- The game's backdrop: a vertical gradient, as a mesh stretched over the window.
local function make_gradient()
  local top, bottom = rgb(50, 40, 45), rgb(21, 18, 24)
  return love.graphics.newMesh({
    { 0, 0, 0, 0, unpack(top) }, { 1, 0, 0, 0, unpack(top) },
    { 1, 1, 0, 0, unpack(bottom) }, { 0, 1, 0, 0, unpack(bottom) },
  }, "fan", "static")
end

function love.load(args)
  local font_dir = assert(args[1], "usage: love bench/love FONT_DIR [--frames N]")
  if args[2] == "--frames" then quit_after = tonumber(args[3]) end
  fonts = {
    body = load_font(font_dir, "NotoSans-Regular.ttf", 22),
    bold = load_font(font_dir, "NotoSans-Bold.ttf", 22),
    small = load_font(font_dir, "NotoSans-Regular.ttf", 17),
  }
  gradient = make_gradient()
end

local function draw_choice(i, text, x, y, w)
  local h = fonts.body:getHeight() + 20
  love.graphics.setColor(colour.panel)
  love.graphics.rectangle("fill", x, y, w, h)
  love.graphics.setColor(i == 1 and colour.focus or colour.edge)
  love.graphics.setLineWidth(i == 1 and 3 or 1)
  love.graphics.rectangle("line", x, y, w, h)
  love.graphics.setColor(colour.text)
  love.graphics.setFont(fonts.body)
  love.graphics.print(i .. ".  " .. text, x + 10, y + 10)
  return h
end

function love.draw()
  local width, height = love.graphics.getDimensions()
  love.graphics.setColor(1, 1, 1)
  love.graphics.draw(gradient, 0, 0, 0, width, height)
  local w = math.min(width - 80, 980)
  local x, y = (width - w) / 2, 40
  love.graphics.setColor(colour.dim)
  love.graphics.setFont(fonts.small)
  love.graphics.print("Benchmark", x, y)
  y = y + fonts.small:getHeight() + 24
  love.graphics.setColor(colour.speaker)
  love.graphics.setFont(fonts.bold)
  love.graphics.print("Sam", x, y)
  y = y + fonts.bold:getHeight()
  love.graphics.setColor(colour.text)
  love.graphics.setFont(fonts.body)
  love.graphics.printf(speech, x, y, w)
  local choice_y = height - 30 - #choices * (fonts.body:getHeight() + 28)
  for i, text in ipairs(choices) do
    choice_y = choice_y + draw_choice(i, text, x, choice_y, w) + 8
  end
  frames = frames + 1
  -- Quit once this frame is presented: love.run shows it, then reads the quit event.
  if quit_after and frames >= quit_after then love.event.quit() end
end
