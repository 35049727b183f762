stub: upstream file of 25257 bytes
