stub: upstream file of 11940 bytes
