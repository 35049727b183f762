stub: upstream file of 14656 bytes
