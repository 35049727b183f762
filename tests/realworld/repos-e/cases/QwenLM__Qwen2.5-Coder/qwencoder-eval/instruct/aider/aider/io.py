stub: upstream file of 19073 bytes
