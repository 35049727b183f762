stub: upstream file of 27295 bytes
