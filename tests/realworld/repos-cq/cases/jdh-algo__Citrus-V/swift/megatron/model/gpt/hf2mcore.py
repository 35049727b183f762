stub: upstream file of 4983 bytes
