stub: upstream file of 12294 bytes
