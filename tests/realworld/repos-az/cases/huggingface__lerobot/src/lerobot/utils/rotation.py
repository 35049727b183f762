stub: upstream file of 9569 bytes
