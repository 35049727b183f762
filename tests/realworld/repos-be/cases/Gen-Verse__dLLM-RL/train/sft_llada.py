stub: upstream file of 18329 bytes
