stub: upstream file of 15901 bytes
