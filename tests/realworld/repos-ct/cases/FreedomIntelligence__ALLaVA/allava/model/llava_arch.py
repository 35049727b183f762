stub: upstream file of 16905 bytes
