stub: upstream file of 34910 bytes
