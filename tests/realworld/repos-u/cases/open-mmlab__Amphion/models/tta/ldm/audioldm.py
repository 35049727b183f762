stub: upstream file of 33285 bytes
