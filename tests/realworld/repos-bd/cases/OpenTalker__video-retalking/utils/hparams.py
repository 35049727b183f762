stub: upstream file of 5385 bytes
