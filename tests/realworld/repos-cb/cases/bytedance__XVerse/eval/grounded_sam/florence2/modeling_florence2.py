stub: upstream file of 127294 bytes
