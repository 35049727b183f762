stub: upstream file of 8294 bytes
