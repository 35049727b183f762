stub: upstream file of 11052 bytes
