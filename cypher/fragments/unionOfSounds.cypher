// :fragment sounds: the words of `target.sounds` and of the string `added`, each once, space-separated (the source_sounds index)
CALL (target, added) {
  UNWIND split(coalesce(target.sounds, '') + ' ' + coalesce(added, ''), ' ') AS sound
  WITH DISTINCT sound
  WHERE sound <> ''
  RETURN reduce(out = '', s IN collect(sound) | out + CASE out WHEN '' THEN '' ELSE ' ' END + s) AS sounds
}
