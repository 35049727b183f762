stub: upstream file of 4008 bytes
