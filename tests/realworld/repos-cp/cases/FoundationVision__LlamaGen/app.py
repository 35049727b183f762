stub: upstream file of 6582 bytes
