stub: upstream file of 22101 bytes
