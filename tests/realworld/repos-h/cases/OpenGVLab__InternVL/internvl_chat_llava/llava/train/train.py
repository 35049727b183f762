stub: upstream file of 39294 bytes
