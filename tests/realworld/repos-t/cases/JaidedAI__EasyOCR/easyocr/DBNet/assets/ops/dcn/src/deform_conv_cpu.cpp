stub: upstream file of 28279 bytes
