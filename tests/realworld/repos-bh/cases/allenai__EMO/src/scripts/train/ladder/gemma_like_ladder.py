stub: upstream file of 31989 bytes
