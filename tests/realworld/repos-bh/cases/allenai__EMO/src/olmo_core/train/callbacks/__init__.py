stub: upstream file of 2487 bytes
