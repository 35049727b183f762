stub: upstream file of 13073 bytes
