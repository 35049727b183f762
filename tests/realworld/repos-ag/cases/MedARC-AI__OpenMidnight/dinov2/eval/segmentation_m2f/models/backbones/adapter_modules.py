stub: upstream file of 14983 bytes
