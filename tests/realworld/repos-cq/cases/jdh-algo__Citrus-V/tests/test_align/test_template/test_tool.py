stub: upstream file of 2245 bytes
