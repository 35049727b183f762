stub: upstream file of 9127 bytes
