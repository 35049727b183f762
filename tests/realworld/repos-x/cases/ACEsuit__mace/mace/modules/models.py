stub: upstream file of 56353 bytes
