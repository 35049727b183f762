stub: upstream file of 37309 bytes
