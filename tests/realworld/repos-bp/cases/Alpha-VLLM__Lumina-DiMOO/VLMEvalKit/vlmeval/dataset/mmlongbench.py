stub: upstream file of 22539 bytes
