stub: upstream file of 16120 bytes
