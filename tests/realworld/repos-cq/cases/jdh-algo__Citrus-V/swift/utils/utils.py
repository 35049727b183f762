stub: upstream file of 9940 bytes
