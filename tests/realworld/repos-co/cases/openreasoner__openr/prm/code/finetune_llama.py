stub: upstream file of 10147 bytes
