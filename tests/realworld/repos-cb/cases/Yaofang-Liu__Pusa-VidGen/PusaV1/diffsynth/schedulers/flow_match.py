stub: upstream file of 3346 bytes
