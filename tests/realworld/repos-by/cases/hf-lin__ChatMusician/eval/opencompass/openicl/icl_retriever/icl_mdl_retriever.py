stub: upstream file of 8463 bytes
