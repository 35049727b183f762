stub: upstream file of 3946 bytes
