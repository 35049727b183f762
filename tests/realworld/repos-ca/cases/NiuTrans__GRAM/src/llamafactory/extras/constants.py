stub: upstream file of 115940 bytes
