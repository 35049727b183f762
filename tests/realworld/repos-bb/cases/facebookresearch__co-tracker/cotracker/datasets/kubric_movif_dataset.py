stub: upstream file of 20085 bytes
