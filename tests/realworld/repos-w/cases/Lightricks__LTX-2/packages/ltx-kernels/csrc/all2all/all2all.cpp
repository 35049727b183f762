stub: upstream file of 18459 bytes
