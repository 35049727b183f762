stub: upstream file of 18353 bytes
