stub: upstream file of 69305 bytes
