stub: upstream file of 29295 bytes
