stub: upstream file of 285 bytes
