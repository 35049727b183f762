stub: upstream file of 16438 bytes
