stub: upstream file of 20341 bytes
