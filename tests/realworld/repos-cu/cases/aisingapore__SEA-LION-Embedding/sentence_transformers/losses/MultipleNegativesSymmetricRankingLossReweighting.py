stub: upstream file of 8291 bytes
