stub: upstream file of 13450 bytes
