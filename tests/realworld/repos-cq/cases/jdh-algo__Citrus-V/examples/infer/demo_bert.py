stub: upstream file of 2161 bytes
