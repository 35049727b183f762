stub: upstream file of 24305 bytes
