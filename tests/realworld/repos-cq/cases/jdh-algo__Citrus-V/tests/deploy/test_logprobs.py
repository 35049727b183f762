stub: upstream file of 3294 bytes
