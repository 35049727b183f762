stub: upstream file of 36940 bytes
