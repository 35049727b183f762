stub: upstream file of 68899 bytes
