stub: upstream file of 4285 bytes
