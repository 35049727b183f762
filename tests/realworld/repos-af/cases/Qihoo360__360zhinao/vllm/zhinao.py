stub: upstream file of 16339 bytes
