stub: upstream file of 11983 bytes
