stub: upstream file of 7704 bytes
