stub: upstream file of 2184 bytes
