stub: upstream file of 4150 bytes
