stub: upstream file of 4383 bytes
