stub: upstream file of 22940 bytes
