stub: upstream file of 34599 bytes
