stub: upstream file of 103642 bytes
