stub: upstream file of 11073 bytes
