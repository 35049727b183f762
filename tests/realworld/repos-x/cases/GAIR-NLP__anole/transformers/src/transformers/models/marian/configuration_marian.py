stub: upstream file of 18328 bytes
