stub: upstream file of 15858 bytes
