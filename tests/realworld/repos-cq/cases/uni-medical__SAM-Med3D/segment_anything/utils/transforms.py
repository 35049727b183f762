stub: upstream file of 4392 bytes
