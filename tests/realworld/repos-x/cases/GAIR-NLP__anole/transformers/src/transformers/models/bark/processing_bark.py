stub: upstream file of 13311 bytes
