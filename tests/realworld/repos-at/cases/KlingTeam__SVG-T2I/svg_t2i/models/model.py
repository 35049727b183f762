stub: upstream file of 32476 bytes
