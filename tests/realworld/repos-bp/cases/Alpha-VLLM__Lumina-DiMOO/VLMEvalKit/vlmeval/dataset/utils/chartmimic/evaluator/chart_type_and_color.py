stub: upstream file of 30442 bytes
