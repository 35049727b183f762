stub: upstream file of 6704 bytes
