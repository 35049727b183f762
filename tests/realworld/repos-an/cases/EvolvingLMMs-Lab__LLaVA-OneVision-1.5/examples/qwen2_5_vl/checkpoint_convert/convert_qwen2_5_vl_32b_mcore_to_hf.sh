stub: upstream file of 3320 bytes
