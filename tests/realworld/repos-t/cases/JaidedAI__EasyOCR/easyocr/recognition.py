stub: upstream file of 9353 bytes
