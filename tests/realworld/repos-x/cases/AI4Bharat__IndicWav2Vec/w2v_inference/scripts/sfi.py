stub: upstream file of 11910 bytes
