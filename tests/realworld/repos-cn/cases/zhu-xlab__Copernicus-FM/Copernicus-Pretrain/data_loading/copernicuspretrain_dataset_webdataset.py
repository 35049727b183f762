stub: upstream file of 3910 bytes
