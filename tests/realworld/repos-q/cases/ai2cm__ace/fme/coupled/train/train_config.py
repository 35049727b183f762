stub: upstream file of 28955 bytes
