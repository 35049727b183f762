stub: upstream file of 8140 bytes
