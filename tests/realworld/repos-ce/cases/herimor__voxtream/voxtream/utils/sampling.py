stub: upstream file of 4667 bytes
