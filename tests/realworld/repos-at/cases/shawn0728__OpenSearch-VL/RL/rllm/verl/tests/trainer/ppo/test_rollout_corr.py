stub: upstream file of 14666 bytes
