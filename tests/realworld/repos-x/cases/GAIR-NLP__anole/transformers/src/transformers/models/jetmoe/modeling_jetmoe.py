stub: upstream file of 73439 bytes
