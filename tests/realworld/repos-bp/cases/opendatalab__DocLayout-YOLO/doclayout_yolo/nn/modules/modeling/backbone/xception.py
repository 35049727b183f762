stub: upstream file of 11554 bytes
