stub: upstream file of 10291 bytes
