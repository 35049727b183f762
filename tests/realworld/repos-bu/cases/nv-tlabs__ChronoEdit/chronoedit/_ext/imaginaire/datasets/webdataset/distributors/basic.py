stub: upstream file of 5855 bytes
