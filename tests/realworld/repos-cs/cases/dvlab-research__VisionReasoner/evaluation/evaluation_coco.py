stub: upstream file of 7057 bytes
