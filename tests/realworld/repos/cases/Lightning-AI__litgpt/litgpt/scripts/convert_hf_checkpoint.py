stub: upstream file of 41476 bytes
