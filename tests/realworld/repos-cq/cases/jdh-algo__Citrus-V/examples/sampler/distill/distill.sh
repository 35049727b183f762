stub: upstream file of 353 bytes
