stub: upstream file of 16991 bytes
