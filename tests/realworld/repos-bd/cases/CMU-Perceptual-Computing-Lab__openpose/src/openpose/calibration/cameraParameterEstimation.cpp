stub: upstream file of 129323 bytes
