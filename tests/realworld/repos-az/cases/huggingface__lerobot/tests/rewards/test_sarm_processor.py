stub: upstream file of 33941 bytes
