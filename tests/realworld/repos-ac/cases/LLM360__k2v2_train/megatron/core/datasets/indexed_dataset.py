stub: upstream file of 30341 bytes
