stub: upstream file of 2069 bytes
