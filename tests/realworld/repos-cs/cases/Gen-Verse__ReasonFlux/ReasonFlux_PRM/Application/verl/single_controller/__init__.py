stub: upstream file of 940 bytes
