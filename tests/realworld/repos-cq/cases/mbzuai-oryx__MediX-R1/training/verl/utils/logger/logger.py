stub: upstream file of 6311 bytes
