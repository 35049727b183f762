stub: upstream file of 21305 bytes
