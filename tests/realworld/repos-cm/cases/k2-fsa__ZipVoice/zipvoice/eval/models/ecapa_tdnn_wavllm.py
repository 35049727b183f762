stub: upstream file of 10327 bytes
