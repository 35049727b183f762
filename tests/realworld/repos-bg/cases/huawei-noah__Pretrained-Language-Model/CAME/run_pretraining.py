stub: upstream file of 39295 bytes
