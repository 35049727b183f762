stub: upstream file of 9311 bytes
