stub: upstream file of 23001 bytes
