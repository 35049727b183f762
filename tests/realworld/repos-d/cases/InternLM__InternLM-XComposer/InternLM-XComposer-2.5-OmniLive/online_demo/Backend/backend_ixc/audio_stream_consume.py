stub: upstream file of 6906 bytes
