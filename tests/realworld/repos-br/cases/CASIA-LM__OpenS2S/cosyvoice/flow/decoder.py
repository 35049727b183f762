stub: upstream file of 8878 bytes
