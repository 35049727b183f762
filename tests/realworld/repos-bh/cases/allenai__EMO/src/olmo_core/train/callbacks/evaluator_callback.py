stub: upstream file of 23018 bytes
