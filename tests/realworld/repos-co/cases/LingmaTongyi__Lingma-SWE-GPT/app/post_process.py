stub: upstream file of 18455 bytes
