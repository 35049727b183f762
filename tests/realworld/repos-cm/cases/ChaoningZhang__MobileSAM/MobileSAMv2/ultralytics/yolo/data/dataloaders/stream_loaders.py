stub: upstream file of 14905 bytes
