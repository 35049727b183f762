stub: upstream file of 2206 bytes
