stub: upstream file of 4442 bytes
