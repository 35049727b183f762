stub: upstream file of 7353 bytes
