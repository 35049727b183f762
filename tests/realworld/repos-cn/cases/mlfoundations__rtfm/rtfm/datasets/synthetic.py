stub: upstream file of 4294 bytes
