stub: upstream file of 19662 bytes
