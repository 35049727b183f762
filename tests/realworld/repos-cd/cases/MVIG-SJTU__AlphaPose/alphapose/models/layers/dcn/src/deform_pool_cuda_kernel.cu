stub: upstream file of 16088 bytes
