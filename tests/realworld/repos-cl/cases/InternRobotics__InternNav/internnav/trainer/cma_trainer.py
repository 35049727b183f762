stub: upstream file of 3940 bytes
