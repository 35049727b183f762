stub: upstream file of 26348 bytes
