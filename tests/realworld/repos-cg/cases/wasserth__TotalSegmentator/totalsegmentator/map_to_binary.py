stub: upstream file of 33451 bytes
