stub: upstream file of 13294 bytes
