stub: upstream file of 36910 bytes
