stub: upstream file of 76294 bytes
