stub: upstream file of 20291 bytes
