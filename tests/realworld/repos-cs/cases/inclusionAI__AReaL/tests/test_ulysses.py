stub: upstream file of 972 bytes
