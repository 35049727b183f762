stub: upstream file of 13285 bytes
