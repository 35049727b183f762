stub: upstream file of 26704 bytes
