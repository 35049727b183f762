stub: upstream file of 1906 bytes
