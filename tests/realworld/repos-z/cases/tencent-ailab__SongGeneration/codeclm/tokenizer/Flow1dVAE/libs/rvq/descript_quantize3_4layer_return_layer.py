stub: upstream file of 11667 bytes
