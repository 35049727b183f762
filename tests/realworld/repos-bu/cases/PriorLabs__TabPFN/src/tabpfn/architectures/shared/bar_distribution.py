stub: upstream file of 33242 bytes
