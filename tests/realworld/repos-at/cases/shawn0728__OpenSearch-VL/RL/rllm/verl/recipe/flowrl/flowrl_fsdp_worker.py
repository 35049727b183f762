stub: upstream file of 22983 bytes
