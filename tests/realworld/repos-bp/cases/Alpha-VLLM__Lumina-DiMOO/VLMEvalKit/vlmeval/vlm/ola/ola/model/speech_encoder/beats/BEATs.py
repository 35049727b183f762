stub: upstream file of 6910 bytes
