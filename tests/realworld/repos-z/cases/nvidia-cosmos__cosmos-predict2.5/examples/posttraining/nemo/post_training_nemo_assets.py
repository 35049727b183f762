stub: upstream file of 15385 bytes
