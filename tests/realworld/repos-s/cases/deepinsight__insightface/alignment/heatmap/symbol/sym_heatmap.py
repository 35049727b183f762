stub: upstream file of 45139 bytes
