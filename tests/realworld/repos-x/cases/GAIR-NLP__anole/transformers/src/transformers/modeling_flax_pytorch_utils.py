stub: upstream file of 21884 bytes
