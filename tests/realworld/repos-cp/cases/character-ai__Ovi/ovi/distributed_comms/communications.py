stub: upstream file of 11538 bytes
