stub: upstream file of 28348 bytes
