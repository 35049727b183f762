stub: upstream file of 45305 bytes
