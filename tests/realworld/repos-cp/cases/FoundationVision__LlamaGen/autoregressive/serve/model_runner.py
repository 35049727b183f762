stub: upstream file of 52906 bytes
