stub: upstream file of 5767 bytes
