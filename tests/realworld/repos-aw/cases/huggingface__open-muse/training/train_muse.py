stub: upstream file of 57269 bytes
