stub: upstream file of 4950 bytes
