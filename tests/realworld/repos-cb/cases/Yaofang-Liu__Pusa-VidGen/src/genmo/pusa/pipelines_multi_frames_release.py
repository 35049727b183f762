stub: upstream file of 25487 bytes
