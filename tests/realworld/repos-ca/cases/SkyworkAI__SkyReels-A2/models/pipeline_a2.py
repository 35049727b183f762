stub: upstream file of 32285 bytes
