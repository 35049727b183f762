stub: upstream file of 16245 bytes
