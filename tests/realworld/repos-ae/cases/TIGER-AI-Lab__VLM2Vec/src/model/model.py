stub: upstream file of 16292 bytes
